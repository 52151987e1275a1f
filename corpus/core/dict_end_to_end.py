# dicts end to end: literals, updates, views, methods, merging, a 10,000-key churn, self-reference
d = {'a': 1, 'b': [1, 2], 3: 'x', (1, 2): None}
print(d, len(d), d['a'], d[3], d[(1, 2)], 'a' in d, 'zz' in d)
d['c'] = 3.5
d['a'] = 10
del d['b']
print(d, list(d), d.keys(), d.values(), d.items())
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
e = {1: 'int'}
e[1.0] = 'float'
e[True] = 'bool'
print(e, {1: 'a', 1.0: 'b'})
print(d.get('a'), d.get('q'), d.get('q', 0), d.setdefault('n', []), d.pop('n'), d.pop('zz', 'dflt'))
print(d.popitem(), d, dict(), dict([(1, 2), ('x', 'y')]), dict(d) == d, {'a': 1} == {'a': 1.0})
m = {'x': 1} | {'y': 2, 'x': 3}
m |= [('z', 0)]
print(m, bool({}), {}.copy(), d.update({'new': 1}), d)
words = 'the cat the dog the end'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
big = {}
for i in range(10000):
    big[i] = i * i
for i in range(0, 10000, 2):
    del big[i]
print(len(big), big[9999], 9998 in big)
nested = {'d': {'e': [1, {'f': 'g'}]}}
nested['self'] = nested
print(nested)
