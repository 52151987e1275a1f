# Generator expression scoping: the first iterable is evaluated (and iter() called) at once, the rest lazily; loop variables do not leak; enclosing names are read when the generator runs.
try:
    gx = (x for x in 5)
except TypeError as e:
    print("eager", e)

n = 2
g = (x * n for x in range(3))
n = 10
print(list(g))

x = "outer"
print(list(x for x in range(3)), x)

def evens(xs):
    return (x for x in xs if x % 2 == 0)

print(list(evens(range(7))))

def lazy_inner():
    return (y for x in range(2) for y in missing_name)

lz = lazy_inner()
try:
    next(lz)
except NameError as e:
    print("lazy", e)

rows = [[1, 2], [3, 4]]
print(list(v for row in rows for v in row))
print([sum(x * y for y in range(3)) for x in range(3)])
g2 = (x for x in [1, 2, 3])
print(next(g2), list(g2), list(g2))
data = [1, 2, 3]
g3 = (d * 2 for d in data)
data = [9]
print(list(g3))

def nested():
    k = 3
    return list(list(i + j for j in range(k)) for i in range(2))

print(nested())
print(list(c for c in "hi" if c != "i"))
