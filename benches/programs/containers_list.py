# Micro-benchmark, list family: append, indexing, slicing, sort, comprehension, in-place ops.
# molt: max-allocs=301
xs = []
for i in range(200000):
    xs.append((i * 7919) % 100003)
total = 0
for i in range(0, len(xs), 3):
    total += xs[i] - xs[-i - 1]
ys = xs[::2] + xs[1::2]
ys.sort()
zs = [x * 2 for x in ys if x % 3]
zs += zs[:1000]
zs.reverse()
print(total, len(ys), ys[0], ys[-1], len(zs), zs[0], sum(zs) % 1000003, xs.index(50000) if 50000 in xs else -1)
