# Realistic: toy RSA with big-int primes: key generation via pow(e, -1, phi), encryption, decryption and signatures.
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        composite = True
        for r in range(s - 1):
            x = x * x % n
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True
def next_prime(n):
    if n % 2 == 0:
        n += 1
    while not is_probable_prime(n):
        n += 2
    return n
p = next_prime(2 ** 64 + 12345)
q = next_prime(3 ** 45)
print("p", p, "q", q, p > 2 ** 64, q > 2 ** 63)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print("n", n)
print("d", d, e * d % phi)
def encode(text):
    m = 0
    for ch in text:
        m = m * 256 + ord(ch)
    return m
def decode(m):
    out = ""
    while m > 0:
        out = chr(m % 256) + out
        m //= 256
    return out
for text in ("hi", "Molt!", "2**47 boundary", "sixteen bytes!!!"):
    m = encode(text)
    c = pow(m, e, n)
    back = pow(c, d, n)
    sig = pow(m, d, n)
    print(repr(text), m, c, decode(back), pow(sig, e, n) == m)
for k in (2 ** 47 - 1, 2 ** 61 - 1, 2 ** 64 - 59, 2 ** 89 - 1, 2 ** 64 + 1, 10 ** 18 + 9):
    print(k, is_probable_prime(k))
