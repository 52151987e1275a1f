# Realistic: digit sums, digit counts and trailing zeros of huge powers and factorials via % and //, cross-checked via str().
def digit_sum(n):
    s = 0
    while n:
        n, d = divmod(n, 10)
        s += d
    return s
def digit_sum_str(n):
    s = 0
    for ch in str(n):
        s += ord(ch) - 48
    return s
def trailing_zeros(n):
    z = 0
    while n % 10 == 0 and n:
        n //= 10
        z += 1
    return z
def report(b, e):
    v = b ** e
    print(b, e, len(str(v)), digit_sum(v), digit_sum(v) == digit_sum_str(v), str(v)[:20])
report(2, 100)
report(2, 1000)
report(3, 500)
report(7, 333)
report(99, 99)
report(123456789, 50)
report(2, 10000)
f = 1
for i in range(1, 101):
    f *= i
    if i % 10 == 0:
        print("fact", i, "digit sum", digit_sum(f), "trailing", trailing_zeros(f), i // 5 + i // 25)
