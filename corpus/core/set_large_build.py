# Building, probing and combining sets of 100,000 ints runs in linear time.
a = set(range(0, 200000, 2))
b = set(range(0, 200000, 3))
print(len(a), len(b), len(a & b), len(a | b), len(a - b), len(a ^ b))
hits = 0
for i in range(200000):
    if i in a:
        hits += 1
print(hits, sum(a & b) % 1000003)
