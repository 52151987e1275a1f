# Checks float // and % with every sign combination, fractional operands and tiny/huge magnitudes.
for a in (7.5, -7.5, 7.0, -7.0, 0.0, -0.0, 1e-300, -1e-300, 1e300, -1e300, 5.0):
    for b in (2.0, -2.0, 0.3, -0.3, 1e300, -1e300, 2):
        print(a, b, a // b, a % b, divmod(a, b))
print(3.0 % float("inf"), -3.0 % float("inf"), 3.0 // float("inf"), -3.0 // float("inf"))
print(0.1 % 0.01, 1.0 % 0.1, 1.0 // 0.1, -1.0 % 0.1)
x = -17.25
x //= 4
print(x)
x %= 1.5
print(x)
