# Checks recursive functions: fib, factorial of 200, small Ackermann values, and recursive gcd.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
def gcd(a, b):
    if b == 0:
        return abs(a)
    return gcd(b, a % b)
for i in range(21):
    print("fib", i, fib(i))
for i in (0, 1, 5, 20, 21, 50, 100, 200):
    print("fact", i, fact(i))
for m in range(3):
    for n in range(4):
        print("ack", m, n, ack(m, n))
print("ack", 3, 3, ack(3, 3))
for p in ((48, 18), (17, 5), (0, 9), (-12, 8), (2 ** 100, 2 ** 60 * 3), (fact(30), fib(20) * 6)):
    a, b = p
    print("gcd", a, b, gcd(a, b))
