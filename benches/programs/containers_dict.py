# Micro-benchmark, dict family: insert, lookup, get, update, iteration over items, delete.
# molt: max-allocs=126955
d = {}
for i in range(150000):
    d[i * 31 % 200003] = i
hits = 0
for i in range(200003):
    if i in d:
        hits += d[i] & 1
words = {}
for w in ("alpha beta gamma delta epsilon zeta eta theta " * 5000).split():
    words[w] = words.get(w, 0) + 1
e = dict(d)
for k in list(e)[::2]:
    del e[k]
acc = 0
for k, v in e.items():
    acc = (acc + k * v) % 1000003
print(len(d), hits, sorted(words.items()), len(e), acc)
