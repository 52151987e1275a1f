# Micro-benchmark, tuple family: building, unpacking, hashing as dict keys, comparison.
# molt: max-allocs=1188314
pairs = []
for i in range(120000):
    pairs.append((i % 317, i % 211, i))
grid = {}
for a, b, c in pairs:
    grid[(a, b)] = grid.get((a, b), 0) + c
best = max(pairs)
small = min(pairs[1000:])
eq = 0
for i in range(1, len(pairs)):
    if pairs[i][:2] == pairs[i - 1][:2]:
        eq += 1
print(len(grid), best, small, eq, sum(grid.values()) % 1000003)
