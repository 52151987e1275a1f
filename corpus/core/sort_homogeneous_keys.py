# Checks sorts whose keys are all small ints, all floats or all strs (the runtime's fast path) against CPython: duplicates, -0.0 beside 0.0, NaN (which falls back to timsort), key= stability, reverse=True, and identity of equal strs.
seed = 12345


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


ints = [rand() % 1000 - 500 for _ in range(5000)]
print(sorted(ints)[:8], sorted(ints)[-8:], sorted(ints, reverse=True)[:5])
big = [rand() * rand() * rand() for _ in range(200)] + [3, -7]
print(sorted(big)[:3], sorted(big)[-2:])
floats = [(rand() % 2000) / 7.0 - 100.0 for _ in range(3000)]
print(sorted(floats)[:4], sorted(floats)[-4:])
zeros = [0.0, -0.0, 1.5, -0.0, 0.0, -1.5, float("inf"), -float("inf")]
print(sorted(zeros), sorted(zeros, reverse=True))
nans = [3.0, float("nan"), 1.0, 2.0, float("nan"), 0.5]
print(sorted(nans), sorted(nans, reverse=True))
words = ["pear", "Apple", "apple", "ünïcode", "zebra", "éclair", "", "a", "ab", "日本", "😀", "Z"] * 3
print(sorted(words))
print(sorted(words, reverse=True)[:6])
a = "".join(["ke", "y"])
b = "".join(["k", "ey"])
c = "".join(["key"])
ordered = sorted([a, "b", b, "a", c])
print(ordered, ordered[2] is a, ordered[3] is b, ordered[4] is c)
records = [(rand() % 10, i) for i in range(400)]
by_key = sorted(records, key=lambda r: r[0])
print(by_key[:6], by_key[-3:])
by_key_rev = sorted(records, key=lambda r: r[0], reverse=True)
print(by_key_rev[:6])
names = ["b%d" % (i % 7) for i in range(50)]
pairs = [(n, i) for i, n in enumerate(names)]
print(sorted(pairs, key=lambda p: p[0])[:8])
fl = [(float(i % 5) * (-1) ** i, i) for i in range(30)]
print(sorted(fl, key=lambda p: p[0])[:10])
mixed = [3, 1.5, 2, -0.5, True, 0]
print(sorted(mixed))
xs = list(range(100, 0, -1))
xs.sort()
print(xs[:5], xs[-3:])
bools = [True, False, True]
print(sorted(bools))
