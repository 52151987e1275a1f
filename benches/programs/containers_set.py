# Micro-benchmark, set family: add, membership, discard, and the set operators.
# molt: max-allocs=371
s = set()
for i in range(150000):
    s.add(i * 13 % 100019)
hits = 0
for i in range(100019):
    if i in s:
        hits += 1
a = set(range(0, 120000, 2))
b = set(range(0, 120000, 3))
u, n, m, x = a | b, a & b, a - b, a ^ b
for i in range(0, 100000, 5):
    s.discard(i)
print(len(s), hits, len(u), len(n), len(m), len(x), sum(n) % 1000003)
