# Realistic: primes by trial division up to 2000, prime counting, twin primes, and primality of a few big numbers.
def is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    d = 5
    while d * d <= n:
        if n % d == 0 or n % (d + 2) == 0:
            return False
        d += 6
    return True
count = 0
line = ""
prev = -10
twins = 0
for n in range(2000):
    if is_prime(n):
        count += 1
        line += str(n) + " "
        if n - prev == 2:
            twins += 1
        prev = n
        if count % 20 == 0:
            print(line)
            line = ""
print(line)
print("count", count, "twins", twins)
for n in (1000003, 999999937, 2 ** 31 - 1, 2 ** 31 + 1, 1000000007 * 3, 10 ** 9 + 9):
    print(n, is_prime(n))
