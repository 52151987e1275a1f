# Realistic: gcd/lcm tables by Euclid's algorithm on small, negative and huge ints, checked against identities.
def gcd(a, b):
    a = abs(a)
    b = abs(b)
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    if a == 0 or b == 0:
        return 0
    return abs(a // gcd(a, b) * b)
header = "   "
for j in range(1, 13):
    header = header + "%4d" % j
print(header)
for i in range(1, 13):
    row = "%2d " % i
    for j in range(1, 13):
        row = row + "%4d" % gcd(i, j)
    print(row)
for i in range(1, 13):
    row = "%2d " % i
    for j in range(1, 13):
        row = row + "%4d" % lcm(i, j)
    print(row)
pairs = ((0, 0), (0, 5), (-12, 18), (12, -18), (-12, -18), (2 ** 64, 2 ** 47 * 3), (3 ** 50, 6 ** 30), (10 ** 30 + 1, 10 ** 15 + 1))
for p in pairs:
    a, b = p
    g = gcd(a, b)
    l = lcm(a, b)
    print(a, b, g, l, g * l == abs(a * b))
def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a
for n in (10, 47, 64, 100, 200):
    print(n, gcd(fib(n), fib(n + 1)), gcd(fib(2 * n), fib(n)) == fib(n))
acc = 1
for k in range(1, 41):
    acc = lcm(acc, k)
print("lcm(1..40) =", acc, len(bin(acc)) - 2)
