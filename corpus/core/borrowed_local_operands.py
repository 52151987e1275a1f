# Local variables read as operands are borrowed (no reference taken) when nothing evaluated before the use can rebind them: self-referencing updates, rebinding a variable from its own item, and comprehensions or yields inside the other operands must still behave as in CPython.
def self_updates():
    s = "ab"
    for _ in range(3):
        s += s
    t = "x"
    t = t + t
    u = "q"
    for _ in range(4):
        u = u + "r" + u
    print(s, len(s), t, u[:12], len(u))
    xs = [1, 2]
    xs += xs
    ys = [0]
    ys = ys + ys
    print(xs, ys)


def rebinding_from_items():
    x = [[[1, 2], 3], 4]
    x = x[0]
    x = x[0]
    x = x[1]
    print(x)
    d = {"k": {"k": "v"}}
    d = d["k"]
    d = d["k"]
    print(d)
    t = ("a", ("b", ("c",)))
    while isinstance(t, tuple) and len(t) > 1:
        t = t[1]
    print(t)


def items_and_indexes():
    a = [3, 1, 2, 0]
    print(a[a[0]], a[a[a[1]]], a[-1] + a[-2])
    a[a[3]] += a[a[0]]
    a[0] = a
    print(a[1:], a[0] is a)
    i = 1
    b = [10, 20, 30]
    b[i] += b[i]
    b[i + 1] -= i
    print(b, b[[k for k in range(3)][2]], b[[i for i in range(2)][1]], i)
    n = 2
    print(n * n + n - n // n, n < n, n == n, n ** n)
    f = 0.5
    print(f * f, f + f * f, f - f)


def errors():
    a = [1, 2, 3]
    try:
        print(a[missing])
    except NameError as e:
        print("NameError", e)
    try:
        print(a[len(a)])
    except IndexError as e:
        print("IndexError", e)
    try:
        print(a + 1)
    except TypeError as e:
        print("TypeError", e)
    try:
        z = z + 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


def gen(xs):
    x = xs[0]
    i = yield 1
    got = x[i] + x[i]
    yield got
    j = yield 2
    x[j] += x[j]
    yield x


def generators():
    g = gen([[7, 8, 9]])
    print(next(g), g.send(2), next(g), g.send(0))


class Box:
    def __init__(self, v):
        self.v = v

    def __getitem__(self, i):
        return self.v * i

    def __add__(self, other):
        return Box(self.v + other)


def objects():
    b = Box(3)
    b = b + 1
    b = b + b[2]
    print(b.v, b[b.v])


self_updates()
rebinding_from_items()
items_and_indexes()
errors()
generators()
objects()
