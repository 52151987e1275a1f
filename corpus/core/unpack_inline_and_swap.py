# Tuple assignment without a tuple (`a, b = b, a`) and unpacking of exact tuples and lists read inline: evaluation order, nested and subscript targets, length errors and other iterables must match CPython.
def swaps():
    a, b = 1, 2
    a, b = b, a
    x, y, z = "x", [a], (b,)
    x, y, z = z, x, y
    print(a, b, x, y, z)
    f0, f1 = 0, 1
    for _ in range(90):
        f0, f1 = f1, f0 + f1
    print(f0, f1)
    xs = [5, 6, 7]
    i, j = 0, 2
    xs[i], xs[j] = xs[j], xs[i]
    i, xs[i] = 1, 99
    print(xs, i)
    (p, q), r = (1, 2), 3
    print(p, q, r)


def trace(tag, v):
    print("eval", tag)
    return v


def order():
    m, n = trace("m", 1), trace("n", 2)
    print(m, n)
    d = {}
    d[trace("k1", "a")], d[trace("k2", "b")] = trace("v1", 1), trace("v2", 2)
    print(d)


def unpacking():
    pairs = [(1, "a"), (2, "b")]
    for num, name in pairs:
        print(num, name)
    for a, b in [[1, 2], [3, 4]]:
        print(a + b)
    for k, v in {"x": 1}.items():
        print(k, v)
    for c1, c2 in ["ab", "cd"]:
        print(c1, c2)
    t = (7, 8, 9)
    u, v, w = t
    lst = [u, v]
    g, h = lst
    s1, s2 = "hi"
    r1, r2 = range(2)
    print(u, v, w, g, h, s1, s2, r1, r2)
    first, *rest = [1, 2, 3]
    print(first, rest)
    for bad in [(1, 2, 3), [1], "abc", 5, (1,)]:
        try:
            a, b = bad
            print("ok", a, b)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    for bad in [[(1, 2), (3,)], [(1, 2, 3)]]:
        try:
            for a, b in bad:
                print("ok", a, b)
        except ValueError as e:
            print("ValueError", e)


def shared():
    inner = [1, 2]
    outer = (inner, inner)
    a, b = outer
    a.append(3)
    print(b, a is b, outer)
    x = [[0, 1]]
    x, y = x[0]
    print(x, y)


swaps()
order()
unpacking()
shared()
