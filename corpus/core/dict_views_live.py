# views are live: they reflect later inserts, updates and deletes of the underlying dict
d = {'x': 1}
ks = d.keys()
vs = d.values()
its = d.items()
print(ks, vs, its, len(ks))
d['y'] = 2
print(ks, vs, its, len(ks), 'y' in ks)
d['x'] = 10
print(vs, its)
del d['x']
print(ks, vs, its, 'x' in ks, len(its))
d.clear()
print(ks, vs, its, len(vs))
d.update(a=1, b=2)
total = 0
for v in vs:
    total += v
print(total, list(ks), list(its))
