# get and setdefault: defaults, None results, setdefault inserts only when missing and returns the stored value
d = {'a': 1, 'n': None}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('n', 'dflt'), d.get('a', 'dflt'), d)
print(d.setdefault('a', 5), d.setdefault('b', 2), d.setdefault('c'), d)
lst = d.setdefault('lst', [])
lst.append(1)
d.setdefault('lst', []).append(2)
print(d, lst is d['lst'])
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({}.get(1), {}.get(1, 2), {1: 0}.get(1, 2), {1: 0}.get(True), {0: 'z'}.get(False))
