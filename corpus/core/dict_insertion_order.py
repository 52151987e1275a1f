# insertion order survives value updates, deletes move nothing, re-insertion after delete goes to the end
d = {}
for k in ['c', 'a', 'd', 'b']:
    d[k] = len(d)
print(d, list(d))
d['a'] = 99
print(d)
del d['c']
print(d)
d['c'] = 'back'
print(d, list(d))
d.update({'a': 0, 'z': 26})
print(d)
d.pop('d')
d.setdefault('d', 'again')
d.setdefault('a', 'ignored')
print(d)
for k in ['b', 'b2', 'b']:
    if k in d:
        del d[k]
    else:
        d[k] = k + k
    print(k, list(d))
order = []
for k in d:
    order.append(k)
print(order, list(d.keys()) == order)
