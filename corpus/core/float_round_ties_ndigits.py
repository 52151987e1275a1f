# Checks round() ties-to-even on exact halves, decimal-looking ties that are not exact, and many ndigits values.
for k in range(-6, 7):
    h = k + 0.5
    print(h, round(h), round(-h), round(h, 0), round(h * 0.5, 1))
for x in (0.125, 0.375, 0.625, 0.875, 2.675, 2.665, 1.115, 0.045, 1.0049999999999999, 5.5e-7, 123.456e10):
    print(x, round(x, 1), round(x, 2), round(x, 3), round(x, 5), round(x, -1), round(-x, 2))
for n in (-400, -20, -5, -1, 0, 1, 5, 15, 16, 17, 20, 400):
    print(n, round(2.5, n), round(-1234.5678, n), round(1e-10, n), round(7, n), round(-2 ** 70 - 5, n))
print(round(0.5), round(-0.5), round(1.5), round(-1.5), round(0.49999999999999994), round(4503599627370497.0))
print(round(2 ** 52 + 0.5), round(1e16), round(-1e16), round(1.7976931348623157e308) > 10 ** 307)
print(round(15, -1), round(25, -1), round(-15, -1), round(-25, -1), round(150, -2), round(250, -2), round(350, -2))
print(round(10 ** 20 + 5 * 10 ** 5, -6), round(-(10 ** 20) - 5 * 10 ** 5, -6), round(5 * 10 ** 30, -31), round(15 * 10 ** 30, -31))
print(round(True, 2), round(False, -3), round(0.0, -2), round(-0.0, 2), round(-0.4), round(-0.0))
