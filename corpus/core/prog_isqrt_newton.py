# Realistic: integer square root by Newton's method on huge ints, verified by r*r <= n < (r+1)*(r+1).
def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of negative number")
    if n < 2:
        return n
    x = 1 << ((len(bin(n)) - 2 + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
def check(n):
    r = isqrt(n)
    print(n if n < 10 ** 30 else len(str(n)), r if r < 10 ** 30 else str(r)[:25], r * r <= n < (r + 1) * (r + 1))
for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 101, 2 ** 64, 2 ** 64 - 1, 10 ** 20, 10 ** 21):
    check(n)
check(2 * 10 ** 200)
check(3 ** 401)
check((2 ** 300 + 1) ** 2)
check((2 ** 300 + 1) ** 2 - 1)
r = isqrt(2 * 10 ** 120)
print("sqrt(2) to 60 places: 1." + str(r)[1:])
