# Unpacking in displays: [*a, *b], (*a, x), {*a, *b} and {**d, k: v}, from any iterable or dict, evaluated part by part in source order (an unpacked generator runs before the next part is evaluated), with CPython's errors.
a, b = [1, 2], (3, 4)
print([*a, *b], [0, *a, 9], (*a,), (*a, *b, 5), [*range(3), *"xy"], [*{"k": 1, "j": 2}])
print(sorted({*a, *b, 2}), {*"aab"} == {"a", "b"}, {*[]} == set(), type((*a,)).__name__)
base = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
print({**base, **override}, {**base, "port": 1, **{"extra": [1]}}, {"first": 0, **base})
print({**{}}, {**base} is base, {**base} == base)


def noisy(tag, items):
    print("start", tag)
    for x in items:
        print(" yield", tag, x)
        yield x


def mark(tag):
    print("evaluate", tag)
    return tag


print([mark("a"), *noisy("g", [1, 2]), mark("b"), *noisy("h", [3])])
print((*noisy("t", "xy"), mark("end")))
print({mark("k1"): 1, **{mark("k2"): 2}, mark("k3"): 3})
first, *rest = [*a, *b]
print(first, rest)
for x in *a, *b:
    print(x, end=" ")
print()
rows = [[1, 2], [3]]
print([*rows[0], *rows[1]], [*map(str, a)], [*(x * x for x in b)])
for bad in [lambda: [*5], lambda: (*None, 1), lambda: {*3}, lambda: {**5}, lambda: {**[("a", 1)]}, lambda: {*[[1]]}]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
