# *args and **kwargs parameters combined with positional-only, keyword-only and default parameters bind like CPython, including keywords that match positional-only names.
def full(a, /, b, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(full(1, 2, c=3))
print(full(1, 2, 3, 4, 5, c=6, d=7, e=8))
print(full(1, b=2, c=3, a=10))
print(full(*[1, 2, 3], c=0, **{"z": 1, "y": 2}))

def only_star(*items):
    return items

print(only_star(), only_star(1), only_star(*"abc"), only_star(*range(3), *[9]))

def only_kw(**options):
    return sorted(options.items())

print(only_kw(), only_kw(b=1, a=2), only_kw(**{"x": 1}, y=2))

def kw_after_star(*, key, reverse=False):
    return key, reverse

print(kw_after_star(key=1), kw_after_star(reverse=True, key=2))

for thunk in [
    lambda: full(1),
    lambda: full(1, 2),
    lambda: full(1, 2, b=3, c=4),
    lambda: kw_after_star(1),
    lambda: kw_after_star(key=1, extra=2),
    lambda: only_star(x=1),
]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)
