# pop with and without default, popitem removes the last inserted pair (LIFO), order after pops
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
print(d.pop('b'), d, d.pop('zz', 'dflt'), d.pop('zz', None), d)
print(d.popitem(), d)
d['e'] = 5
print(d.popitem(), d.popitem(), d)
d['a'] = 'A'
print(d)
print(d.pop('a', 0), d)
s = {}
for i in range(5):
    s[str(i)] = i
out = []
while s:
    out.append(s.popitem())
print(out, s, len(s))
t = {1: 'x', 2: 'y'}
print(t.pop(1, 'unused'), t, t.pop(2), t, t.pop(3, 'gone'))
