# keys that collide in CPython's hash (-1 and -2, n and n + 2**61 - 1) stay distinct; many big-int keys
d = {-1: 'minus one', -2: 'minus two'}
print(d, d[-1], d[-2], len(d))
m = 2 ** 61 - 1
e = {0: 'zero', m: 'm', 2 * m: '2m', 1: 'one', m + 1: 'm+1', -m: '-m'}
print(e[0], e[m], e[2 * m], e[1], e[m + 1], e[-m], len(e))
del e[0]
print(0 in e, m in e, e)
f = {}
for i in range(100):
    f[i * m] = i
total = 0
for k in f:
    total += f[k]
print(len(f), total, f[37 * m], 37 in f, 0 in f)
g = {}
for i in range(-50, 50):
    g[i] = i * i
    g[float(i) + 0.5] = -i
print(len(g), g[-1], g[-2], g[-1.5], g[0.5], g[-0.5])
s = {}
for i in range(200):
    s['key' + str(i)] = i
print(len(s), s['key0'], s['key199'], 'key200' in s)
