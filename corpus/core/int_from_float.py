# Checks int(float) truncation toward zero, including huge floats and negative values.
for f in (0.0, -0.0, 0.5, -0.5, 0.9999, -0.9999, 1.5, -1.5, 2.5, -2.5, 3.7, -3.7, 1e10, -1e10, 123456.789):
    print(f, int(f))
print(int(1e20), int(-1e20), int(1e300), int(2.0 ** 64), int(2.0 ** 63 - 1024))
print(int(1.7976931348623157e308))
print(int(9007199254740993.0), int(0.1 + 0.2), int(5e-324))
print(int(float("123.9")), int(float("-1e3")))
