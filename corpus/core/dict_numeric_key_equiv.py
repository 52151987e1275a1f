# keys 1, 1.0 and True are the same key (first key object kept, last value wins); 0, -0.0 and False too
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
e = {True: 'a', 1: 'b'}
print(e, e[1], e[1.0], e[True])
f = {-0.0: 'negzero', 0: 'zero', False: 'false', 0.0: 'poszero'}
print(f, len(f), f[0], f[-0.0], f[False])
g = {}
g[2.0] = 'two float'
g[2] = 'two int'
print(g, 2 in g, 2.0 in g, 2.5 in g)
h = {0.5: 'half', 10 ** 20: 'big'}
print(h[0.5], h[1e20], 1e20 in h, float(10 ** 20) == 10 ** 20)
k = {}
for key in [1, 1.0, True, 2, 2.0, 0, False, 0.0, -0.0]:
    if key in k:
        k[key] = k[key] + 1
    else:
        k[key] = 1
print(k)
del k[True]
print(k, 1 in k, 1.0 in k)
print({(1, 2): 'a', (1.0, 2.0): 'b', (True, 2): 'c'})
