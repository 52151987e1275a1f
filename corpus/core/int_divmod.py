# Checks divmod on ints of all signs and sizes, and tuple unpacking of its result.
for a in (17, -17, 0, 5, -5, 2 ** 70 + 3, -(2 ** 70) - 3):
    for b in (5, -5, 1, -1, 2 ** 35, -(2 ** 35)):
        q, r = divmod(a, b)
        print(a, b, q, r, divmod(a, b))
print(divmod(10 ** 50, 7), divmod(-(10 ** 50), 7))
print(divmod(7, 10 ** 50), divmod(-7, 10 ** 50))
print(divmod(True, 2), divmod(9, True))
n = 12345678901234567890123456789
digits = 0
while n > 0:
    n, d = divmod(n, 10)
    digits += d
    print(n, d)
print("digit sum", digits)
