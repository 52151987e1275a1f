# Checks &, |, ^ and ~ with negative and huge ints (infinite two's complement semantics).
vals = (0, 1, -1, 5, -5, 255, -256, 2 ** 64 - 1, -(2 ** 64), 2 ** 100 + 12345, -(2 ** 100) - 999)
for a in vals:
    print(a, ~a, -a - 1 == ~a)
    for b in vals:
        print(" ", b, a & b, a | b, a ^ b)
print(0xFFFFFFFF & -1, -1 & 0xFF, -256 | 15, -1 ^ 0xFFFF)
print(~0, ~(2 ** 200), ~-(2 ** 200))
m = 0xDEADBEEF
m &= 0xFFFF
print(m)
m |= 1 << 80
print(m)
m ^= -1
print(m)
print(True & 3, True | 2, False ^ True, ~True, ~False)
