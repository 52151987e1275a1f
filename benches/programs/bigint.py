# Big-int arithmetic: factorials, powers, large Fibonacci numbers, big division/modulo, and str()/int() conversions with digit sums (all under 4300 digits)
# molt: max-slowdown=0.6 max-allocs=1902205
# Speed floor 1.67x (measured 2.9x with borrowed big operands, decision 0022); num-bigint's division and radix conversion are most of what remains.
def digit_sum(n):
    s = 0
    for ch in str(n):
        s += ord(ch) - 48
    return s


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    # (F(n), F(n+1)) by fast doubling
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d


def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def pi_digits(ndigits):
    # Machin's formula with fixed-point big ints: pi = 16 atan(1/5) - 4 atan(1/239)
    unity = 10 ** (ndigits + 10)

    def arctan_inv(x):
        total = term = unity // x
        x2 = x * x
        k = 3
        sign = -1
        while term:
            term //= x2
            total += sign * (term // k)
            sign = -sign
            k += 2
        return total

    return (16 * arctan_inv(5) - 4 * arctan_inv(239)) // 10 ** 10


checks = []
for n in range(5, 1501, 5):
    f = factorial(n)
    checks.append(digit_sum(f) * 1000000007 + f % 1000000007)
print(checks[::30], sum(checks) % 998244353)

same = 0
acc = 0
for n in range(500, 20001, 500):
    f1 = fib(n)
    f2, f3 = fib_doubling(n)
    if f1 == f2:
        same += 1
    acc = (acc * 31 + digit_sum(f1) + f3 % 998244353) % 1000000007
print(same, acc, len(str(f1)))

p = 1
pows = []
for e in range(1, 8001):
    p *= 3
    if e % 250 == 0:
        pows.append(digit_sum(p))
print(pows[::4], sum(pows), pow(7, 4000) % (10 ** 20), pow(2, 9000, 10 ** 40 + 7))

big = factorial(1200)
r = isqrt_newton(big)
print(r * r <= big < (r + 1) * (r + 1), digit_sum(r), big // (r + 12345) % 1000003)

roundtrip = 0
for k in range(1, 500):
    v = 7 ** (k * 10) + k
    roundtrip += int(str(v)) - v + len(str(v))
print(roundtrip)

pd = str(pi_digits(4000))
print(pd[:20], pd[-20:], digit_sum(int(pd)))
