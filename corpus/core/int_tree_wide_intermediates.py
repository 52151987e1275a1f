# Nested int operators keep their intermediates as machine ints: intermediates past 48 and 64 bits, overflow into big ints at every operator, floor division and modulo signs, division by zero and -1, shifts, bools and evaluation order must match CPython.
def lcg(state):
    return (state * 1103515245 + 12345) % 2147483648


def mix(a, b, c):
    return ((a * b) - (c * a) + (b // 3)) % 1000000007, (a * b * c) // (b - c + 1), ((a ^ b) & (c | 7)) >> 2


state = 42
acc = 0
for _ in range(1000):
    state = lcg(state)
    acc = (acc * 31 + state) % 4294967296
print(state, acc)
big = 2 ** 62
edge = [0, 1, -1, 7, -7, 2 ** 47 - 1, -(2 ** 47), 2 ** 47, 2 ** 62, -(2 ** 63), 2 ** 63 - 1, 2 ** 64, -(2 ** 70), 3 * 10 ** 20]
def table(x, y):
    # `int()` makes the operands' type known, so every nest below is an int tree.
    a = int(x)
    b = int(y)
    print(a, b, mix(a, b, 11), (a * b + a) * 2, (a - b) * (a + b), (a + b) // -1 + 1, (a * 2) % -7 - 1, (a + 1) >> 3 << 0)


for a in edge:
    for b in (3, -5, 2 ** 40, -(2 ** 31), big):
        table(a, b)
print((2 ** 63 - 1 + 0) + 1 - 1, (-(2 ** 63) + 0) // -1 - 0, (-(2 ** 63) + 0) % -1 + 0)
t = True
print((t + t) * 3, (t * 5) - False, (7 + t) // 2)


def trace(tag, v):
    print("eval", tag)
    return v


try:
    print((trace("a", 5) // 0) + trace("b", 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print((trace("c", 5) * 2) % (trace("d", 3) - 3))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print((trace("e", 1) + 1) >> (trace("f", 0) - 1))
except ValueError as e:
    print("ValueError", e)
n = 10
print([(i * i + i) % 7 for i in range(n)], sum((i * 3 + 1) // 2 for i in range(n)))
