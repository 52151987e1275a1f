# copy is shallow (inner lists shared), clear empties in place and is seen through aliases but not copies
d = {'n': 1, 'lst': [1, 2], 'inner': {'x': 0}}
c = d.copy()
c['n'] = 100
c['lst'].append(3)
c['inner']['x'] = 9
print(d, c, c is d, c == d)
c['lst'] = ['new']
print(d['lst'], c['lst'])
alias = d
snapshot = d.copy()
d.clear()
print(d, alias, snapshot, len(alias), d is alias)
d['again'] = True
print(alias, snapshot)
empty = {}
e2 = empty.copy()
e2[1] = 1
print(empty, e2, {}.copy(), dict(d) == d.copy())
big = {}
for i in range(50):
    big[i] = [i]
cp = big.copy()
print(len(cp), cp[49], cp[49] is big[49], cp == big)
big.clear()
print(len(big), len(cp), cp[0])
