# Functions and lambdas as values: keyword binding, defaults, dispatch tables, higher-order calls and the TypeErrors of bad calls.
def add(a, b=10, *, scale=1):
    return (a + b) * scale

f = add
k = 3
print(f(1), f(1, 2), f(1, b=5), f(a=3, scale=2))
g = lambda x, y=2: x * y
print(g(3), g(3, 4), g(y=5, x=1))
ops = [lambda v: v + 1, lambda v: v * 2, add]
for op in ops:
    print(op(5))
def apply(fn, xs):
    return [fn(x) for x in xs]
print(apply(lambda s: s.upper(), ["a", "b"]))
print("skip")
table = {"inc": lambda n: n + 1, "dec": lambda n: n - 1}
print(table["inc"](41), table["dec"](43))
def compose(f1, f2):
    return lambda v, f1=f1, f2=f2: f1(f2(v))
h = compose(lambda v: v + 1, lambda v: v * 10)
print(h(4))
try:
    f()
except TypeError as e:
    print(e)
for bad in [lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, 2, b=3), lambda: g(), lambda: ops[0](1, 2), lambda: k(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print((lambda: k * 2)())
