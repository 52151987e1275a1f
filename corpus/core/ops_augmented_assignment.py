# Checks every augmented assignment operator on ints (incl. huge), floats and strings, on locals and globals.
g = 7
def aug_global():
    global g
    g += 3
    g *= 2 ** 64
    g //= 3
    g %= 10 ** 15
    g -= 1
    g **= 2
    g <<= 5
    g >>= 3
    g &= 0xFFFFFFFFFFFF
    g |= 1 << 60
    g ^= -1
    g /= 8
    return g
print(aug_global(), g)
def aug_local():
    x = -17
    x += 2 ** 70
    print(x)
    x -= 2 ** 71
    print(x)
    x *= -3
    print(x)
    x //= 7
    print(x)
    x %= -1000003
    print(x)
    x **= 3
    print(x)
    x >>= 2
    print(x)
    x <<= 100
    print(x)
    x &= -(2 ** 50)
    print(x)
    x |= 12345
    print(x)
    x ^= 2 ** 120 - 1
    print(x)
    x /= 3
    print(x)
    f = 2.5
    f **= -2
    f += 1
    f //= 0.3
    f %= 0.7
    print(f)
    s = "ab"
    s += "中"
    s *= 3
    print(s)
aug_local()
