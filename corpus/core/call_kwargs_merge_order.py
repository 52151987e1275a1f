# Calls with ** unpacking: each **mapping is merged where it stands, so errors come before later arguments are evaluated, as in CPython.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())

def note(tag, value=None):
    print("evaluating", tag)
    return value

print(f(1, **{"a": 1}, b=note("b", 2), **{"c": 3}))
print(f(*[1, 2], k=note("k", 0), **{"m": 1}))
for call in [
    lambda: f(**{"a": 1}, **{"a": 2}, b=note("after duplicate")),
    lambda: f(**note("mapping", 5), b=note("after non-mapping")),
    lambda: f(a=note("plain a", 1), **{"a": 2}, c=note("after")),
    lambda: f(**{"a": 1}, a=note("plain after", 2), z=note("z", 3)),
    lambda: f(**{1: 2}, q=note("q")),
    lambda: f(**note("list", [("a", 1)])),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
opts = {"y": 2}
p = Point(x=note("x", 1), **opts)
print(p.x, p.y)
try:
    Point(1, **opts, **{"y": 3})
except TypeError as e:
    print("TypeError:", e)
print(dict(**{"a": 1}, b=2))
try:
    f(**{1: 2}, **{1: 3}, q=note("q after duplicate"))
except TypeError as e:
    print("TypeError:", e)
print(f(k=note("k", 1), *note("star", [9])))
print(f(k=note("k", 1), *note("star", [9]), **note("kw", {"z": 0})))
