# Loops over range() and over lists and tuples, which compile to a machine counter or inline item reads when the values allow, and to the iterator protocol otherwise: both modes must agree with CPython.
def counted(a, b, c):
    out = []
    for i in range(a, b, c):
        out.append(i)
    return out


def forms():
    print([i for i in range(5)], [i for i in range(2, 5)], [i for i in range(10, 0, -3)])
    print(counted(0, 10, 3), counted(10, 0, -3), counted(5, 5, 1), counted(5, 0, 1), counted(0, 5, -1))
    print(counted(-5, 5, 4), counted(5, -5, -4), counted(-(2 ** 47), -(2 ** 47) + 3, 1))
    # Bounds at the edge of the inline int range and past it (big ints take the range object).
    print(counted(2 ** 47 - 3, 2 ** 47 + 2, 2), counted(2 ** 70, 2 ** 70 + 3, 1), counted(3, 0, -(2 ** 80)))
    print(counted(0, 2 ** 62, 2 ** 61), counted(-(2 ** 47), 2 ** 47, 2 ** 46))
    print(counted(True, 4, True), counted(False, True, 1))


def mutation_in_body():
    n = 3
    seen = []
    for i in range(n):
        n = 10
        seen.append(i)
        i = 100
    print(seen, n, i)
    # As list_iteration_mutation.py, in a function: here the loops know they get lists.
    xs = [1, 2, 3]
    for x in xs:
        if x < 5:
            xs.append(x + 10)
    print(xs)
    ys = [1, 2, 3, 4, 5, 6]
    for y in ys:
        ys.remove(y)
    print(ys)
    zs = [0]
    for z in zs:
        if len(zs) < 5:
            zs.append(z + 1)
        zs[0] = 99
    print(zs)
    t = (1, "a", None, 2.5)
    for item in t:
        t = ()
        print(item, end=" ")
    print(t)


def control_flow(limit):
    total = 0
    for i in range(100):
        if i % 2:
            continue
        if i > limit:
            break
        total += i
    else:
        total = -1
    for j in range(0):
        total += 1000
    else:
        total += 1
    for k in [5, 6, 7]:
        if k == 6:
            return total, k
    return total, None


def dyn_iterables():
    for seq in ([1, 2], (3, 4), "ab", {"k": 1, "m": 2}, {9}, range(2), b"xy", iter([7, 8])):
        out = []
        for v in seq:
            out.append(v)
        print(type(seq).__name__, out)


def errors():
    for args in ((1, 2, 0), (1.5,), ("a", 3), (0, 2.0)):
        try:
            for i in range(*args):
                print("never", i)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        for i in range(3):
            if i == 2:
                raise KeyError(i)
    except KeyError as e:
        print("KeyError", e)
    try:
        for x in [1, 2, "three", 4]:
            print(x + 1)
    except TypeError as e:
        print("TypeError", e)
    try:
        for i in range(unbound_name):
            pass
    except NameError as e:
        print("NameError", e)


def gen(n, xs):
    for i in range(n):
        yield i
    for x in xs:
        yield x


def nested_and_comprehensions():
    grid = [[i * j for j in range(4)] for i in range(3)]
    print(grid, sum(sum(row) for row in grid))
    pairs = [(a, b) for a in range(3) for b in range(a, 3) if (a + b) % 2 == 0]
    print(pairs, {k: k * k for k in range(-2, 3)}, sorted({c for c in (3, 1, 2, 3)}))
    print(list(gen(3, (10, 11))), [t for t in (1, 2) for _ in range(2)])
    acc = 0
    for row in grid:
        for v in row:
            for _ in range(v):
                acc += 1
    print(acc)


forms()
mutation_in_body()
print(control_flow(10), control_flow(1000))
dyn_iterables()
errors()
nested_and_comprehensions()
for round_ in range(2):
    print("module level", round_)
for m in [1.5, -0.0]:
    print(m)
