# dict() forms: empty, kwargs, list of pairs, tuple of pairs, another dict, pairs plus kwargs, strings as pairs
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict((('p', 1), ('q', 2))))
src = {'one': 1, 'two': 2}
cp = dict(src)
cp['three'] = 3
print(src, cp, cp is src, dict(src) == src)
print(dict([('a', 1)], b=2, c=3), dict(src, two=22, four=4), dict({'k': 1}, k=2))
print(dict(['ab', 'cd', 'ef']), dict([[1, 2], (3, 4)]), dict([('k', 1), ('k', 2)]))
pairs = []
for i in range(4):
    pairs.append((str(i), i * i))
print(dict(pairs), len(dict(pairs)))
print(dict([(1, 'a'), (2, 'b')], c=3), dict(((None, 0),)))
print(dict(dict(dict(a=1))), dict([]), dict(()), dict({}))
