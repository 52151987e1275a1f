# Tier 0 accepts programs whose every value has a proven type: recursion, int and float
# arithmetic (with overflow into big ints), string building, known method results
# molt: tier=0
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def harmonic(n):
    total = 0.0
    for i in range(1, n + 1):
        total += 1.0 / i
    return total


def grow(x):
    for _ in range(8):
        x = x * x + 1
    return x


def label(n):
    text = "n=" + str(n)
    return text.upper().replace("N", "count") + "!" * (n % 3)


print(fib(20), collatz(27), harmonic(1000), grow(3))
for k in range(5):
    print(label(k), len(label(k)), label(k).startswith("count"))
