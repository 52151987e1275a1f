# Checks exact int/float comparisons near 2**53, 2**63, 2**64 and huge ints, plus inf and nan.
two53 = 2 ** 53
f53 = 2.0 ** 53
print(two53 == f53, two53 + 1 == f53, two53 + 1 > f53, two53 + 1 >= f53, two53 - 1 < f53)
print(f53 == two53, f53 < two53 + 1, f53 + 1 == f53, float(two53 + 1) == f53, f53 + 2 == two53 + 2)
for d in (-2, -1, 0, 1, 2, 3):
    n = two53 + d
    print(d, n == f53, n < f53, n > f53, n == f53 + 2, -n == -f53, -n < -f53)
for e in (63, 64, 100, 1023):
    n = 2 ** e
    f = 2.0 ** e
    print(e, n == f, n + 1 == f, n + 1 > f, n - 1 < f, -n - 1 < -f, n * 2 > f)
inf = float("inf")
nan = float("nan")
big = 10 ** 400
print(big < inf, -big > -inf, big == inf, big > 1.7976931348623157e308, -big < -1.7976931348623157e308)
print(nan == 1, nan != 1, nan < 1, nan > 1, 1 == nan, nan == nan, big == nan, big != nan, big < nan)
print(0 == -0.0, 0 == 0.0, 1 == 1.0000000000000002, 9007199254740993 == 9007199254740992.0)
print(2 ** 63 - 1 == 9.223372036854775807e18, 2 ** 63 == 9.223372036854775807e18)
print(0.5 < 1 < 1.5, 1 < 1.0, 1 <= 1.0, -(2 ** 53) - 1 < -9007199254740992.0)
print(max(two53 + 1, f53), min(two53 + 1, f53), max(f53, two53), min(f53, two53))
print(True == 1.0, False < 0.5, True > 0.999999)
