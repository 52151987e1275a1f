# iter() and next() with and without a default; next on an exhausted iterator raises StopIteration
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
chars = iter('hé')
print(next(chars), next(chars), next(chars, '-'))
pairs = iter({'a': 1}.items())
print(next(pairs))
lines = iter(range(3))
for x in lines:
    print(x, next(lines, 'end'))
e = iter(enumerate('xy'))
print(next(e), list(e))
print(next(iter([])))
