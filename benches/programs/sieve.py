# Sieve of Eratosthenes: list-of-bool indexing and stores in while loops, slice assignment, and counting primes
# molt: max-slowdown=0.5 max-allocs=1767
# Speed floor 2x (measured 4.0x with one-item repetition and sum() over lists, decision 0022).
def sieve_loop(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return flags


def sieve_slices(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * ((n - i * i) // i + 1)
    return flags


n = 1500000
a = sieve_loop(n)
count = 0
last = 0
checksum = 0
for k in range(n + 1):
    if a[k]:
        count += 1
        last = k
        checksum = (checksum * 31 + k) % 1000000007
print(count, last, checksum)
b = sieve_slices(n * 2)
print(sum(b), a == b[:n + 1])
twins = 0
for k in range(3, n - 1, 2):
    if a[k] and a[k + 2]:
        twins += 1
print(twins, [k for k in range(n - 200, n) if a[k]])
