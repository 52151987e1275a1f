# Checks + and - on ints right at the 48-bit boundary (+-2**47) where a small-int fast path must promote exactly.
hi = 2 ** 47 - 1
lo = -(2 ** 47)
print(hi, lo, hi + 1, lo - 1, hi + hi, lo + lo, lo - hi, hi - lo)
for d in (-2, -1, 0, 1, 2):
    print(d, hi + d, d + hi, lo + d, d + lo, hi - d, d - hi, lo - d, d - lo)
a = hi
a += 1
print(a, a - 1, a - 1 == hi, a > hi, a - 2 < hi)
b = lo
b -= 1
print(b, b + 1, b + 1 == lo, b < lo, b + 2 > lo)
c = 2 ** 48 - 1
print(c, c + 1, c - 2 ** 47, -c, -c - 1, c + lo, c + lo + lo)
print(-hi - 1 == lo, -lo == hi + 1, -lo - 1 == hi, hi + 1 - 1 == hi)
x = hi - 3
n = 0
while x < hi + 4:
    print(n, x, x - hi, x + lo)
    x = x + 1
    n += 1
y = lo + 3
while y > lo - 4:
    print(y, y - lo, lo - y)
    y -= 1
print(True + hi, hi + True, lo - True, False - lo)
print(hi + 0.0, lo - 0.5, hi + 1 == 2.0 ** 47, lo == -(2.0 ** 47))
