# Realistic: finds perfect, abundant and deficient numbers by divisor sums, and checks Euclid-Euler perfect numbers.
def sigma_proper(n):
    if n == 1:
        return 0
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    return s
perfect = ()
abundant = 0
deficient = 0
for n in range(1, 3000):
    s = sigma_proper(n)
    if s == n:
        perfect = perfect + (n,)
    elif s > n:
        abundant += 1
    else:
        deficient += 1
print(perfect, abundant, deficient)
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
for p in range(2, 62):
    m = 2 ** p - 1
    if is_prime(p) and (p < 32 and is_prime(m) or p in (31, 61)):
        pn = 2 ** (p - 1) * m
        print(p, m, pn, pn > 2 ** 47, pn > 2 ** 63, len(str(pn)))
amicable = ""
for a in range(2, 1500):
    b = sigma_proper(a)
    if b > a and sigma_proper(b) == a:
        amicable = amicable + "(" + str(a) + "," + str(b) + ")"
print("amicable:", amicable)
