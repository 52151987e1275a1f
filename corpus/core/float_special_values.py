# Checks inf, -inf and nan from float() strings and from overflow, and how they print and compare.
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, repr(inf), str(nan), -nan)
print(float("Infinity"), float("-INF"), float("  inf  "), float("NaN"), float("+nan"), float("-iNfInItY"))
big = 1e308 * 10
print(big, -1e308 * 10, big == inf, big - big, big * 0)
print(inf + 1, inf - inf, inf * -1, inf / 2, 1 / inf, -1 / inf, inf + ninf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, inf > 1e308, ninf < -1e308)
print(inf == inf, inf > ninf, 2 ** 1000 < inf, -(2 ** 1000) > ninf, 10 ** 400 < inf)
print(abs(ninf), abs(nan), -inf, max(1.0, inf), min(1.0, ninf))
print(bool(nan), bool(inf), bool(0.0), bool(-0.0))
print(1e308 + 1e308, 2.0 ** 1023 * 2, 1e-320 / 1e10, -1e-320 / 1e10)
x = 1.0
n = 0
while x != inf:
    x *= 2.0
    n += 1
print(n, x)
