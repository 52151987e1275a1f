# Realistic: integer k-th roots by bisection on huge ints, checked by r**k <= n < (r+1)**k, around 2**47 and 2**64 too.
def iroot(n, k):
    if n < 0:
        if k % 2 == 0:
            raise ValueError("even root of negative number")
        return -iroot(-n, k)
    lo = 0
    hi = 1
    while hi ** k <= n:
        hi *= 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid ** k <= n:
            lo = mid
        else:
            hi = mid
    return lo
for n in (0, 1, 2, 8, 26, 27, 28, 2 ** 47 - 1, 2 ** 47, 2 ** 48, 2 ** 63 - 1, 2 ** 64, 2 ** 64 - 1, 10 ** 40, 3 ** 200):
    r2 = iroot(n, 2)
    r3 = iroot(n, 3)
    ok2 = r2 * r2 <= n < (r2 + 1) * (r2 + 1)
    ok3 = r3 ** 3 <= n < (r3 + 1) ** 3
    print(n, r2, r3, ok2, ok3)
for k in (2, 3, 5, 7, 64, 100):
    n = 12345 ** k
    print(k, iroot(n, k), iroot(n - 1, k), iroot(n + 1, k))
print(iroot(-27, 3), iroot(-28, 3), iroot(-(2 ** 63), 3), iroot(-(2 ** 63), 63))
r = iroot(2 * 10 ** 100, 2)
print("sqrt2:", str(r)[0] + "." + str(r)[1:])
r = iroot(2 * 10 ** 150, 3)
print("cbrt2:", str(r)[0] + "." + str(r)[1:])
fr = 2.0 ** 0.5
print(fr, iroot(2 * 10 ** 30, 2), int(fr * 10 ** 15))
