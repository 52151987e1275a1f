# Micro-benchmark, exceptions and calls through values: try/except/finally in a hot loop (raising half the time), lambdas as keys and dispatch tables.
# molt: max-allocs=784490
table = {}
for i in range(0, 1000, 2):
    table[i] = i * 3
hits = 0
misses = 0
cleanups = 0
for i in range(300000):
    try:
        hits += table[i % 1000]
    except KeyError:
        misses += 1
    finally:
        cleanups += 1
print(hits, misses, cleanups)

def checked_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1

total = 0
for i in range(200000):
    total += checked_div(i, i % 7)
print(total)

ops = [lambda v: v + 1, lambda v: v * 2, lambda v: v - 3]
acc = 0
for i in range(200000):
    acc = ops[i % 3](acc) % 1000003
print(acc)

rows = [(i * 7919 % 1000, "r%d" % i) for i in range(20000)]
print(sorted(rows, key=lambda r: r[0])[:3], max(rows, key=lambda r: r[1]))
