# Checks int ** negative int (float results), pow() with negative exponent and modulus (modular inverse), and signs.
for b in (2, -2, 3, -3, 10, 2 ** 47, -(2 ** 47)):
    for e in (-1, -2, -3, -10):
        print(b, e, b ** e, pow(b, e))
print(2 ** -1074, 2 ** -1075, 2 ** -1076, (-2) ** -1075, 10 ** -323, 10 ** -324)
for m in (7, 11, 1000003, 2 ** 61 - 1, 2 ** 64 + 13, -7, -(2 ** 61 - 1)):
    for a in (3, -3, 2 ** 47 + 1, 10 ** 20 + 1):
        inv = pow(a, -1, m)
        print(m, a, inv, a * inv % m, pow(a, -3, m) == pow(inv, 3, m))
for a in (0, 1, -1, 5, -5, 2 ** 64):
    print(a, pow(a, 0, 7), pow(a, 0, 1), pow(a, 3, -7), pow(a, 5, 2 ** 47), pow(a, 2 ** 64, 1000))
print(0 ** 0, 0.0 ** 0, (-1) ** (2 ** 64), (-1) ** (2 ** 64 + 1), 1 ** (-(2 ** 64)), (-1) ** -3)
print(4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5, 2.0 ** -1, (-8) ** 2.0, 0.5 ** 1075, 1.0000001 ** 1e9)
