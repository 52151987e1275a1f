# Checks comparisons between huge ints, negatives, bools, and chained comparisons of ints.
a = 2 ** 100
b = 2 ** 100 + 1
c = -(2 ** 100)
print(a < b, a > b, a == b, a != b, a <= a, a >= b)
print(c < a, c < 0, c > -(2 ** 101), c == -a)
print(a < b < 2 ** 101, c < 0 < a, a < b > c, 0 < c < a)
print(2 ** 64 == 18446744073709551616, 2 ** 64 - 1 < 2 ** 64, -(2 ** 63) < -(2 ** 63) + 1)
print(True == 1, False == 0, True > False, True < 2, 1 == 1.0)
for x in (-(10 ** 25), -1, 0, 1, 10 ** 25):
    for y in (-(10 ** 25), 0, 10 ** 25):
        print(x, y, x < y, x <= y, x == y, x != y, x > y, x >= y)
print(max(3, 2 ** 70, -(2 ** 80)), min(3, 2 ** 70, -(2 ** 80)))
