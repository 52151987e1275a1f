# Realistic: naive vs Kahan vs pairwise float summation of series, showing rounding error with exact float reprs.
def naive(n, step):
    s = 0.0
    for i in range(n):
        s += step
    return s
def kahan(n, step):
    s = 0.0
    c = 0.0
    for i in range(n):
        y = step - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
def pairwise(lo, hi, step):
    if hi - lo == 1:
        return step
    mid = (lo + hi) // 2
    return pairwise(lo, mid, step) + pairwise(mid, hi, step)
for n, step in ((10, 0.1), (1000, 0.1), (1000, 0.001), (3000, 1e-7), (777, 1 / 3)):
    a = naive(n, step)
    b = kahan(n, step)
    c = pairwise(0, n, step)
    print(n, step, a, b, c, a == b, b == c, abs(a - n * step), round(a, 6) == round(n * step, 6))
h = 0.0
hk = 0.0
comp = 0.0
for k in range(1, 2001):
    h += 1.0 / k
    y = 1.0 / k - comp
    t = hk + y
    comp = (t - hk) - y
    hk = t
print("harmonic", h, hk, h - hk)
alt = 0.0
for k in range(1, 2001):
    alt += (-1.0) ** (k + 1) / k
print("ln2 approx", alt, 0.6931471805599453 - alt)
s = 0.0
for k in range(1, 200):
    s += 1.0 / (k * k)
print("basel", s, s * 6, (s * 6) ** 0.5)
big = 1e16
tiny = 1.0
print(big + tiny - big, (big + tiny) + tiny, big + (tiny + tiny), 1e16 + 2.0 - 1e16)
