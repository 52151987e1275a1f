# hash() of every hashable builtin: ints (big and negative), floats, bools, strs, tuples, frozensets, ranges.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 64)), hash(10 ** 30))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e300), hash(float("inf")), hash(float("-inf")))
print(hash(True), hash(False), hash((1, 2)), hash(()), hash((1, (2, "x"))))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(["a", "b"])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(range(10)), hash(range(5, 1, -2)))
print(hash("abc") == hash("ab" + "c"))
