# Checks that int ** negative int gives a float, for many bases and exponents.
for b in (2, -2, 3, -3, 10, -10, 7, 1, -1):
    for e in (-1, -2, -3, -10, -30):
        print(b, e, b ** e)
print(2 ** -1074, 2 ** -1075, 10 ** -323, 10 ** -400)
print((2 ** 100) ** -1, (-(2 ** 100)) ** -3)
print(pow(4, -2), pow(-5, -1), 1 ** -100)
x = 8
x **= -1
print(x, x == 0.125)
