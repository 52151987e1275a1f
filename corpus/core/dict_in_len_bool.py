# in / not in test keys only, len and truthiness follow inserts and deletes, membership of unusual keys
d = {'a': 1, 2: 'b', None: 0, '': 'empty', (): 'tuple'}
print('a' in d, 1 in d, 'b' in d, 2 in d, None in d, '' in d, () in d, 0 in d, 'z' not in d)
print(len(d), bool(d), bool({}), not {}, not d)
n = 0
while len(d) > 0:
    k = list(d)[0]
    del d[k]
    n += 1
    print(n, k, len(d), bool(d))
if d:
    print('non-empty')
else:
    print('empty')
x = {0: 0}
print(bool(x), x[0], 'truthy' if x else 'falsy', len({1: 1, 1.0: 2}))
