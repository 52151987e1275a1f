# Realistic: Pascal's triangle rows computed from the multiplicative formula, with row sums and big central binomials.
def binom(n, k):
    if k < 0 or k > n:
        return 0
    if k > n - k:
        k = n - k
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
for n in range(13):
    line = ""
    total = 0
    for k in range(n + 1):
        c = binom(n, k)
        total += c
        line = line + str(c) + " "
    print(" " * (26 - 2 * n) + line, "| sum", total, total == 2 ** n)
for n in (30, 47, 48, 62, 63, 64, 65, 100, 200):
    c = binom(n, n // 2)
    print(n, c, c > 2 ** 47, c > 2 ** 63, binom(n, n // 2 - 1) + binom(n, n // 2) == binom(n + 1, n // 2))
alt = 0
for k in range(41):
    if k % 2 == 0:
        alt += binom(40, k)
    else:
        alt -= binom(40, k)
print("alternating sum", alt)
odd = ""
for n in range(16):
    row = ""
    for k in range(n + 1):
        row = row + ("*" if binom(n, k) % 2 == 1 else " ")
    odd = odd + row + "\n"
print(odd, end="")
