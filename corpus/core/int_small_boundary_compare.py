# Checks comparisons across the 48-bit small/big int boundary, mixing small, promoted and huge ints.
vals = (-(2 ** 64), -(2 ** 47) - 1, -(2 ** 47), -(2 ** 47) + 1, -1, 0, 1, 2 ** 47 - 2, 2 ** 47 - 1, 2 ** 47, 2 ** 48, 2 ** 64)
for a in vals:
    row = ""
    for b in vals:
        if a < b:
            row = row + "<"
        elif a == b:
            row = row + "="
        else:
            row = row + ">"
    print(a, row)
p = 2 ** 47 - 1
q = p + 1
q = q - 1
print(p == q, p is not None, p <= q <= p, p < q + 1 > p, q - 1 < p == q)
print(max(2 ** 47 - 1, 2 ** 47, -(2 ** 47)), min(2 ** 47 - 1, 2 ** 47, -(2 ** 47) - 1))
print(max(vals), min(vals), 2 ** 47 in vals, 2 ** 47 + 1 in vals, -(2 ** 47) in vals)
big = 10 ** 20
print(big // 10 ** 6 > 2 ** 47, big // 10 ** 6 < 2 ** 47, (big // 10 ** 6) - 10 ** 14 == 0)
