# dict of lists: appending through lookups, shared list values, copying lists out, grouping numbers
d = {'even': [], 'odd': []}
for i in range(10):
    if i % 2 == 0:
        d['even'].append(i)
    else:
        d['odd'].append(i)
print(d, len(d['even']), d['odd'][-1])
shared = [0]
e = {'a': shared, 'b': shared}
e['a'].append(1)
print(e, e['a'] is e['b'])
e['b'] = e['b'] + [2]
print(e, e['a'] is e['b'])
by_mod = {}
for n in range(20):
    r = n % 3
    if r not in by_mod:
        by_mod[r] = []
    by_mod[r].append(n)
print(by_mod)
for k in by_mod:
    by_mod[k] = by_mod[k][::-1][:2]
print(by_mod)
matrix = {'rows': [[1, 2], [3, 4]]}
matrix['rows'][1][0] = 30
print(matrix, matrix['rows'][1])
