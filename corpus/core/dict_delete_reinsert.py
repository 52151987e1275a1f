# del d[k] and membership: deleted keys vanish, re-adding works, interleaved deletes keep the order of survivors
d = {}
for i in range(10):
    d[i] = i * 10
print(d)
for i in range(0, 10, 2):
    del d[i]
print(d, len(d), 0 in d, 1 in d, 9 in d, 10 in d)
for i in range(0, 10, 3):
    d[i] = -i
print(d, len(d))
keys = list(d)
for k in keys:
    if k % 3 == 0:
        del d[k]
print(d, len(d))
d[3] = 'three'
d[1] = 'one'
print(d)
x = {'only': 1}
del x['only']
print(x, len(x), 'only' in x, 'only' not in x)
x['only'] = 2
print(x)
