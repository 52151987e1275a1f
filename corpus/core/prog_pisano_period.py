# Realistic: Fibonacci numbers mod m and Pisano periods, cross-checked with fast doubling on big indices.
def pisano(m):
    a, b = 0, 1
    for i in range(1, 6 * m + 2):
        a, b = b, (a + b) % m
        if a == 0 and b == 1:
            return i
    return -1
out = ""
for m in range(1, 31):
    out = out + str(pisano(m)) + " "
print(out)
def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d
def fib_mod(n, m):
    if n == 0:
        return 0, 1 % m
    a, b = fib_mod(n // 2, m)
    c = a * (2 * b - a) % m
    d = (a * a + b * b) % m
    if n % 2 == 0:
        return c, d
    return d, (c + d) % m
for n in (0, 1, 2, 10, 47, 48, 93, 94, 100, 300):
    f, g = fib_pair(n)
    print(n, f, f > 2 ** 63, g - f)
for m in (2, 10, 1000, 2 ** 47 - 1, 10 ** 9 + 7):
    for n in (10, 1000, 2 ** 64, 10 ** 30):
        print(m, n, fib_mod(n, m)[0])
for m in (10, 100, 1000):
    p = pisano(m)
    print(m, p, fib_mod(10 ** 20, m)[0] == fib_mod(10 ** 20 % p, m)[0])
