# Realistic: iterative Fibonacci with big ints up to fib(300), plus identities checked on the results.
a = 0
b = 1
i = 0
while i < 300:
    a, b = b, a + b
    i += 1
    if i % 10 == 0 or i > 290:
        print(i, a)
print("fib(300) =", a)
print("digits", len(str(a)), "mod 1e9+7", a % 1000000007, "bits", len(bin(a)) - 2)
def fib(n):
    x = 0
    y = 1
    for k in range(n):
        t = x + y
        x = y
        y = t
    return x
print(fib(301) - fib(299) == a, fib(150) ** 2 + fib(151) ** 2 == fib(301))
print(fib(299) * fib(301) - a * a, fib(1000) % 10 ** 20, len(str(fib(3000))))
