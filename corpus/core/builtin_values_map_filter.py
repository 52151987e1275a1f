# Builtins as values and the lazy map() and filter() iterators: several iterables, None as the filter, laziness, and exhaustion.
print(list(map(str, [1, 2, 3])), list(map(int, "1 2 3".split())))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda x: x % 2, range(7))))
print(sum(map(abs, [-1, -2, 3])), list(map(len, ["a", "bb"])), any(map(bool, [0, 0])))
m = map(str, range(3))
print(next(m), list(m), list(m))
print(dict(zip("ab", map(ord, "ab"))))
conv = [int, float, str, bool, list, tuple]
print([c("7") for c in conv])
calls = []

def noisy(x):
    calls.append(x)
    return x * 10

lazy = map(noisy, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(list(filter(bool, map(noisy, [0, 4]))), calls)
f = len
print(f("abcd"), f([1]), len, int, str, print, map, filter)
table = {"upper": str.upper if False else str, "count": len}
print(table["count"]("xyz"), table["upper"](5))
print(sorted(map(repr, [1.5, "s", None])))
print(list(map(divmod, [7, 8], [2, 3])))
d = dict
print(d([("a", 1)]), d(x=1, y=2), d({"k": 0}, z=3))
print(list(map(max, [1, 5], [4, 2])), list(map(min, "ab", "ba")))
print(list(map(hex, [255, 16])), list(map(chr, [65, 66])), list(map(ord, "AB")))
