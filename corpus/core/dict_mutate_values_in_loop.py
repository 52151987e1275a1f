# assigning to existing keys while iterating is allowed (size unchanged); values loop sees the new values
d = {}
for i in range(6):
    d['k' + str(i)] = i
for k in d:
    d[k] = d[k] * 10
print(d)
for k, v in d.items():
    d[k] = v + 1
print(d)
for k in list(d):
    if d[k] > 30:
        del d[k]
print(d)
for k in list(d.keys()):
    d[k + '_copy'] = d[k]
print(d, len(d))
acc = []
for v in d.values():
    acc.append(v)
print(acc)
