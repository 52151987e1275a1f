# Checks three-argument pow including huge exponents, negative bases, negative moduli and negative exponents (inverses).
for b in (2, 3, -3, 10, 12345, -(2 ** 70)):
    for e in (0, 1, 2, 65, 1000, 10 ** 20):
        for m in (7, 13, -13, 1000000007, 2 ** 64 + 13):
            print(b, e, m, pow(b, e, m))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 11), pow(2, -1, 1000000007))
print(pow(12345678901234567890, -1, 2 ** 89 - 1))
print(pow(5, -3, -17), pow(7, 0, 1), pow(7, 0, -1), pow(0, 0, 5))
inv = pow(17, -1, 3120)
print(inv, inv * 17 % 3120)
