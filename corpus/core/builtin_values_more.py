# pow, round, range, format, enumerate, isinstance, issubclass, type, getattr and callable as values (passed around, stored, called through a variable, with keywords and unpacking), with CPython's argument errors.
ops = {"pow": pow, "round": round, "format": format}
print(ops["pow"](2, 100), ops["pow"](3, 4, 5), ops["pow"](2, -1), ops["pow"](base=2, exp=5), ops["pow"](2, 3, mod=None))
print(ops["round"](2.675, 2), ops["round"](7.5), ops["round"](number=1234, ndigits=-2))
print(ops["format"](1234567, ","), ops["format"](0.5, ".1%"), ops["format"]("x"))
r = range
print(list(r(4)), list(r(2, 8, 3)), r(10)[-1], len(r(0, 100, 7)))
print(list(map(range, [1, 2, 3])))
e = enumerate
print(list(e("abc")), list(e("ab", start=10)), list(e(iterable=[5], start=1)))
checks = [isinstance, issubclass]
print(checks[0](1, int), checks[1](bool, int), type(checks[0]))
t = type
print(t(1.0), list(map(type, [1, "a", None])))
print(sorted(["bb", "a", "ccc"], key=len), max([3, -7, 5], key=abs), list(map(round, [1.4, 2.6])))
fns = [pow, round, range, format, enumerate, isinstance, issubclass, type, getattr, setattr, hasattr, callable, object]
print(fns)
calls = [
    (pow, (), {}), (pow, (1,), {}), (pow, (1, 2, 3, 4), {}), (pow, (2, 3), {"z": 1}), (pow, (2,), {"base": 3}),
    (round, (), {}), (round, (1, 2, 3), {}), (range, (), {}), (range, (1, 2, 3, 4), {}), (range, (1,), {"step": 2}),
    (format, (), {}), (format, (1, 2, 3), {}), (format, (1,), {"spec": ""}), (enumerate, (), {}),
    (enumerate, ([], 1, 2), {}), (enumerate, (), {"x": []}), (type, (), {}), (type, (1, 2), {}), (type, (1,), {"k": 2}),
    (isinstance, (1,), {}), (isinstance, (1, 2), {}), (isinstance, (1, int), {"x": 1}), (issubclass, (int,), {}),
    (getattr, (1,), {}), (getattr, (1, "real", 2), {"x": 3}), (setattr, (1, 2), {}), (hasattr, (1,), {}),
    (callable, (), {"x": 1}), (object, (), {"k": 1}),
]
for f, args, kw in calls:
    try:
        f(*args, **kw)
    except TypeError as err:
        print(f.__name__, "TypeError:", err)
for f, args, kw in [(pow, (2,), {"z": 1}), (pow, (2, 3), {"base": 1}), (enumerate, ([],), {"iterable": 2}), (round, (1,), {"number": 2})]:
    try:
        f(*args, **kw)
    except TypeError as err:
        print(f.__name__, "TypeError:", err)
for kw in [{"start": 1}, {"start": 1, "iterable": [7]}, {"iterable": [], "x": 1}]:
    try:
        print(list(e(**kw)))
    except TypeError as err:
        print("TypeError:", err)
