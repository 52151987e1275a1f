# Checks << and >> on small, huge and negative ints, including shifts past 64 bits.
for a in (1, 3, -1, -3, 255, -256, 12345678901234567890, -12345678901234567890):
    for s in (0, 1, 7, 31, 32, 63, 64, 65, 100, 200):
        print(a, s, a << s, a >> s)
print(1 << 1000)
print((1 << 1000) >> 999, -(1 << 1000) >> 999, -(1 << 1000) >> 1001)
print(-1 >> 500, -5 >> 1, -5 >> 2, 5 >> 100)
x = 1
x <<= 70
print(x)
x >>= 69
print(x)
print(True << 5, 1024 >> True)
