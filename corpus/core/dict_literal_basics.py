# dict literals: empty, mixed key types, duplicate keys (first position, last value), lookup, assignment, len
d = {}
print(d, len(d), bool(d))
d = {'a': 1, 'b': 2, 3: 'three', (4, 5): [6], None: None, 2.5: True}
print(d, len(d))
print(d['a'], d[3], d[(4, 5)], d[None], d[2.5], d[4, 5])
dup = {'x': 1, 'y': 2, 'x': 3}
print(dup, len(dup))
d['a'] = 100
d['new'] = 'n'
print(d, len(d), bool(d))
k = 'b'
d[k] = d[k] + 40
print(d[k], d['b'])
print({1: {2: {3: 'deep'}}}[1][2][3], {'s': 'it' + "'" + 's'})
e = {'k': [1, 2]}
e['k'].append(3)
e['k'] += [4]
print(e)
n = {'count': 0}
for i in range(5):
    n['count'] += i
print(n)
