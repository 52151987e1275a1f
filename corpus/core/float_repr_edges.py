# Checks shortest round-trip repr of floats at notable edges (exponent switch points, subnormals, extremes).
print(0.1 + 0.2, 0.1 + 0.7, 1.1 * 3, 0.3 - 0.1)
print(1e16, 1e15, 9999999999999998.0, 1e17, 1.5e16)
print(1e-05, 1e-04, 0.0001, 0.00001, 1.5e-7, 0.000123)
print(1e22, 1e21, 1e23, 123456789012345678.0, 1234567890123456.0)
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 4.9e-324)
print(-0.0, 0.0, -1.0, 1.0, 100.0, 1e100, -1e-100)
print(repr(0.1), str(0.1), repr(1 / 3), str(2 / 3), repr(-1e16))
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 63), float(2 ** 64), float(10 ** 22), float(10 ** 23))
print(3.141592653589793, 2.718281828459045, 1.4142135623730951)
print(0.5, 0.25, 0.125, 0.1 * 3, 1e-10, 1e-9 * 1000)
x = 1.0
for i in range(25):
    x = x * 10.0
    print(i, x, 1.0 / x)
y = 1.0
for i in range(30):
    y = y / 3.0
    print(i, y)
