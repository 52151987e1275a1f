# callable() on every kind of value, and object() instances used as unique sentinels (identity equality, hashing, repr shape, no attributes).
class WithCall:
    def __call__(self, x):
        return x * 2


class Plain:
    def method(self):
        return 1


w, p = WithCall(), Plain()
checks = [len, print, int, Plain, WithCall, w, p, p.method, [].append, lambda: 0, 1, "s", None, [], str.upper, ValueError, ValueError()]
print([callable(x) for x in checks])
MISSING = object()


def lookup(d, key, default=MISSING):
    value = d.get(key, MISSING)
    if value is MISSING:
        if default is MISSING:
            raise KeyError(key)
        return default
    return value


print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b", 0), lookup({"a": None}, "a"))
try:
    lookup({}, "z")
except KeyError as e:
    print("KeyError", e)
a, b = object(), object()
print(a == a, a == b, a != b, a is b, len({a, b, a}), type(a), type(a).__name__)
print(repr(a).startswith("<object object at 0x"), str(b)[:8])
try:
    a.x = 1
except AttributeError as e:
    print(e)
try:
    print(a.y)
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
for args in [(), (1, 2)]:
    try:
        callable(*args)
    except TypeError as e:
        print(e)
