# Checks default values of every immutable kind, keyword calls in any order, and defaults evaluated once at def time.
base = 10
def f(a, b=base * 2, c="s", d=None, e=(1, "two", 3.0), g=-0.0, h=2 ** 70, i=True):
    return (a, b, c, d, e, g, h, i)
base = 99
print(f(1))
print(f(1, 2))
print(f(a=3, i=False, c="kw"))
print(f(4, h=-1, g=0.5, e=(), d="d", b=base))
print(f(c="c", b="b", a="a"))
def counter(step=1, start=0, stop=10):
    out = ""
    k = start
    while k < stop:
        out = out + str(k) + ","
        k += step
    return out
print(counter(), counter(3), counter(stop=3), counter(start=5, step=2), counter(-1, 0, -5), counter(-2, stop=-7))
def describe(x, kind=None):
    if kind is None:
        kind = "int" if x == int(x) else "float"
    return kind + ":" + repr(x)
print(describe(3), describe(3.5), describe(2.0), describe(4, kind="forced"), describe(kind="k", x=-1))
def total(a, b=0, c=0, d=0):
    print("total", a, b, c, d)
    return a + b + c + d
print(total(1), total(1, 2), total(1, d=4), total(d=1, c=2, b=3, a=4), total(total(1), c=total(2)))
def pick(t=(5, 6, 7), i=-1):
    return t[i]
print(pick(), pick(i=0), pick(("x", "y")), pick(t="string", i=2))
