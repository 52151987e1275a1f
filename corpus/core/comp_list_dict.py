# list and dict comprehensions: several clauses, own scope, enclosing-scope first iterable
xs = [1, 2, 3, 4, 5]
print([x * x for x in xs], [x for x in xs if x % 2], [(x, y) for x in range(3) for y in range(x)])
print({x: x * x for x in xs if x > 2}, [c.upper() for c in 'abc'], [[j for j in range(i)] for i in range(4)])
x = 'outer'
print([x for x in 'ab'], x)
def f(n):
    x = 10
    ys = [x + i for i in range(n)]
    return ys, x
print(f(3))
words = 'a bb ccc bb a'.split()
print({w: len(w) for w in words}, [w for w in words if len(w) > 1 if w != 'ccc'])
print([k + str(v) for k, v in {'a': 1, 'b': 2}.items()])
