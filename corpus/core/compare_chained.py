# Checks chained comparisons evaluate each operand once and short-circuit, across ints, floats and strings.
def v(x):
    print("v", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0, 5 >= 5 > 4 <= 4)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(2) == v(2))
print(0 <= 0.0 < 1e-300 < 1 < 2 ** 100 < float("inf"))
print("a" < "b" < "c", "abc" < "abd" <= "abd", "Z" < "a" < "z")
print(1 < 2 is not None, None is None is None, 1 in (1, 2) in ((1, 2), 3))
x = 7
if 0 < x < 10:
    print("single digit")
if not (0 < x < 5):
    print("not in 0..5")
for i in range(-2, 13, 3):
    print(i, 0 <= i < 10, -1 < i <= 4, i < 0 or 9 < i)
