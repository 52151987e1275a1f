# Realistic: digital roots and additive persistence of big ints, checked against the 1 + (n - 1) % 9 formula.
def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s
def digital_root(n):
    steps = 0
    while n >= 10:
        n = digit_sum(n)
        steps += 1
    return n, steps
def mult_persistence(n):
    steps = 0
    while n >= 10:
        p = 1
        for ch in str(n):
            p *= int(ch)
        n = p
        steps += 1
    return steps
for n in (0, 9, 10, 38, 199, 2 ** 47, 2 ** 48 - 1, 2 ** 63, 2 ** 64 - 1, 3 ** 100, 7 ** 333, 10 ** 50 - 1):
    r, s = digital_root(n)
    f = 0 if n == 0 else 1 + (n - 1) % 9
    print(n if n < 10 ** 25 else str(n)[:12] + "...", r, s, r == f)
best = 0
for n in range(1, 3000):
    p = mult_persistence(n)
    if p > best:
        best = p
        print("new record", n, p)
print(mult_persistence(277777788888899), mult_persistence(2 ** 100))
total = 0
for k in range(1, 200):
    total += digital_root(k ** k)[0]
print("sum of digital roots of k**k:", total)
