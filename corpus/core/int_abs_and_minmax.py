# Checks abs, min and max across ints, bools, floats and huge values.
for v in (0, -0, 5, -5, 2 ** 64, -(2 ** 64), -(10 ** 50), True, False, -2.5, 2.5, -0.0):
    print(repr(v), abs(v))
print(abs(-9223372036854775808), abs(-(2 ** 1000)) == 2 ** 1000)
print(min(1, 2), max(1, 2), min(-1, -2, -3), max(-1, -2, -3))
print(min(1, 1.0), min(1.0, 1), max(True, 1), max(1, True), min(0, False), min(False, 0))
print(max(2 ** 64, 2.0 ** 64), max(2.0 ** 64, 2 ** 64), min(-0.0, 0), min(0, -0.0))
print(max(1, 2.5, -3), min(1, 2.5, -3), max(10 ** 30, 1e30), min(10 ** 30, 1e30))
print(min(range(5, 10)), max(range(5, 10)), min(range(10, 0, -3)), max(range(-5, 5, 2)))
print(min("hello"), max("hello"), min((3, 1, 2)), max((3, 1, 2)))
