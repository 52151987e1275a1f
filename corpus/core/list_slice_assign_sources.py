# List slice assignment from lists, tuples, the list itself and other iterables: same length (replaced in place), growing, shrinking, extended slices, and errors in CPython's order (bad slice before a bad value).
a = list(range(10))
a[2:5] = [20, 30, 40]
print(a)
a[2:5] = (7,)
print(a)
a[:0] = ("x", "y")
print(a)
a[len(a):] = [100, 200]
print(a)
a[:] = a
print(a)
a[1:4] = a
print(a, len(a))
a[::2] = a[1::2] + [0]
print(a)
a[::-1] = a[:]
print(a)
a[8::-3] = "abc"
print(a)
b = [[i] for i in range(6)]
held = b[1]
b[0:3] = [held, held, held]
print(b, held is b[0])


def gen(xs):
    for x in xs:
        yield x * 10


c = [1, 2, 3, 4]
c[1:3] = gen([5, 6, 7])
print(c)
c[::2] = gen([8, 9, 10])
print(c)
c[:2] = {"k": 1, "j": 2}
print(c)

def assign(kind, value):
    d = list(range(6))
    try:
        if kind == 0:
            d[::0] = value
        elif kind == 1:
            d["x":] = value
        elif kind == 2:
            d[::2] = value
        elif kind == 3:
            d[1:2] = value
        else:
            d[::-1] = value
        print("ok", d)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


for kind, value in [(0, 5), (1, 5), (2, 5), (3, 5), (2, [1, 2, 3]), (4, (1,)), (4, "abcdef")]:
    assign(kind, value)

perm = list(range(9))
flips = 0
k = perm[5]
for _ in range(1000):
    perm[:k + 1] = perm[k::-1]
    k = perm[0] or 8
    flips += 1
print(perm, flips)
