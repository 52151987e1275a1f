# Checks 'in' and 'not in' on containers proven sets, frozensets and dicts (which skip the runtime's dispatch): equal keys of other types, tuples, frozensets, and unhashable keys.
def probe(s, d, f):
    out = []
    for k in [1, 2, 1.0, "a", (1, 2), frozenset([1])]:
        out.append((k in s, k not in s, k in d, k not in d, k in f))
    return out
s = {1, "a", (1, 2), frozenset([1])}
d = {1: "x", "a": 2}
f = frozenset([2, "a"])
print(probe(s, d, f))
def bad(s, d):
    try:
        print([] in s)
    except TypeError as e:
        print("TypeError", e)
    try:
        print({} in d)
    except TypeError as e:
        print("TypeError", e)
    print({1} in {frozenset([1])}, set() in s)
bad(s, d)
