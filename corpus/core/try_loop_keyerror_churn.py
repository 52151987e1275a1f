# Catching 200000 KeyErrors from dict lookups in a loop runs in bounded memory.
# molt: max-rss-kb=20000
d = {}
for i in range(100):
    d[i * 3] = i
hits = 0
misses = 0
last = None
for i in range(200000):
    k = i % 300
    try:
        hits += d[k]
    except KeyError as e:
        misses += 1
        last = e
print(hits, misses, repr(last))
errs = 0
total = 0
i = 0
while i < 50000:
    try:
        total += 100 // (i % 7)
    except ZeroDivisionError:
        errs += 1
    finally:
        i += 1
print(total, errs, i)
