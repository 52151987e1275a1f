# 10,000 inserts and deletes with string and int keys: sizes, survivors and order stay correct through churn
d = {}
for i in range(10000):
    d['k' + str(i)] = i
print(len(d), d['k0'], d['k9999'])
for i in range(10000):
    if i % 10 != 0:
        del d['k' + str(i)]
print(len(d), list(d)[:5], list(d)[-3:])
for rnd in range(5):
    for i in range(2000):
        d[i] = rnd
    for i in range(2000):
        del d[i]
print(len(d), 0 in d, 'k10' in d, 'k11' in d)
total = 0
for k in d:
    total += d[k]
print(total)
e = {}
for i in range(10000):
    e[i % 7] = i
    if i % 3 == 0:
        del e[i % 7]
print(e, len(e))
