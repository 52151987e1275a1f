# Checks // and % for every sign combination, small and huge, matching Python floor semantics.
for a in (7, -7, 0, 1, -1, 6, -6, 13, -13):
    for b in (2, -2, 3, -3, 7, -7, 1, -1):
        print(a, b, a // b, a % b, (a // b) * b + a % b == a)
big = 10 ** 30 + 7
for a in (big, -big):
    for b in (3, -3, 10 ** 20 + 1, -(10 ** 20) - 1, 2 ** 64, -(2 ** 64)):
        q = a // b
        r = a % b
        print(a, b, q, r, q * b + r == a)
print(-1 // 2 ** 100, 1 // -(2 ** 100), -1 % 2 ** 100, 1 % -(2 ** 100))
print(-(2 ** 64) // 2 ** 32, -(2 ** 64) % 2 ** 32)
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
x = -100
x //= 7
print(x)
x %= -3
print(x)
