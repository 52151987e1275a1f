# Checks & | ^ ~ << >> on ints at 2**47, 2**48, 2**63, 2**64 and their negatives (two's-complement semantics).
vals = (2 ** 47 - 1, 2 ** 47, -(2 ** 47), -(2 ** 47) - 1, 2 ** 48 - 1, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, -(2 ** 64))
for a in vals:
    print(a, ~a, -a - 1 == ~a, hex(a), bin(a & 0xFF))
for a in vals:
    for b in (-1, 0, 1, 2 ** 47, -(2 ** 47), 2 ** 64 - 1, -(2 ** 63)):
        print(a & b, a | b, a ^ b)
for s in (0, 1, 16, 17, 47, 48, 63, 64, 65):
    print(s, 1 << s, -1 << s, (1 << s) - 1, (2 ** 47) >> s, (-(2 ** 47)) >> s, (2 ** 64 - 1) >> s, (-(2 ** 64)) >> s)
m = 2 ** 48 - 1
x = 0x123456789ABCDEF0123
print(x & m, (x >> 48) & m, (x >> 96) & m, x ^ m, ~x & m, x | m)
print(-x & m, (-x >> 48) & m, -x ^ -m, ~-x)
