# Checks round() with no ndigits (banker's rounding to int), positive and negative ndigits, on floats and ints.
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 1e20, -1e20, 1e16 + 1):
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1))
for x in (12345, -12345, 15, 25, 35, -15, -25, 2 ** 70 + 5, 10 ** 30 + 5 * 10 ** 9):
    print(x, round(x), round(x, -1), round(x, -2), round(x, -10), round(x, 3))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(-987.6, -2), round(5.0, -1), round(15.0, -1))
print(round(0.125, 2), round(0.375, 2), round(2.5e-5, 5), round(1.23456789, 5), round(1e300, -300), round(1e300, 400))
print(round(1.4e308, -308), round(3.14159, 100), round(-0.0), round(0.0, 3))
print(round(True), round(7), round(-7, 0), round(2.0 ** 60))
