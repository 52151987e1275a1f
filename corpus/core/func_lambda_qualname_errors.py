# TypeErrors and reprs name a lambda by its qualified name: '<lambda>' at module level, 'outer.<locals>.<lambda>' inside a function.
def outer():
    f = lambda a, b: a + b
    try:
        f(1)
    except TypeError as e:
        print(e)
    return f
g = outer()
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
h = lambda: 0
try:
    h(1)
except TypeError as e:
    print(e)
print(repr(h)[:19], str(g)[:33], repr(outer)[:16])
