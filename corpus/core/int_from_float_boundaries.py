# Checks int() and round() of floats at 2**47, 2**52, 2**53, 2**63, 2**64 and huge magnitudes, and float() back.
for e in (47, 48, 52, 53, 62, 63, 64, 65, 100, 1023):
    f = 2.0 ** e
    for x in (f, -f, f * 1.5, -f * 1.5, f - 1, f + 1, f * (1 - 2 ** -52)):
        n = int(x)
        print(e, x, n, float(n) == x, round(x) == n, n == x)
for x in (0.9999999999999999, -0.9999999999999999, 1e-300, -1e-300, -0.0, 2.5, -2.5, 4503599627370495.5, -4503599627370495.5):
    print(x, int(x), round(x))
print(int(1e16), int(1e17), int(1e18), int(1e19), int(1e20), int(-1e22), int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)
print(int(9.223372036854775e18), int(9.223372036854776e18), int(-9.223372036854776e18), int(1.8446744073709552e19))
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(2 ** 64 - 1), float(2 ** 63 + 2 ** 10), float(2 ** 63 + 2 ** 10 + 1), float(-(2 ** 64) + 1))
print(float(2 ** 47 - 1), float(-(2 ** 47)), float(True), int(True), int(-False))
