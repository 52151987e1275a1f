# Methods called on receivers whose built-in type is proven (set, list, dict, str, tuple, bytes): the directly dispatched ones (set.add/discard, list.append/pop, dict.get/setdefault) with their error cases, and others by name
def sets():
    s = set()
    s.add(3)
    s.add(3)
    s.add((1, 2))
    s.discard(3)
    s.discard(99)
    s.add(frozenset([1]))
    s.discard({1})
    print(sorted(s, key=repr))
    try:
        s.add([1])
    except TypeError as e:
        print("TypeError", e)
    try:
        s.discard([1])
    except TypeError as e:
        print("TypeError", e)
    f = frozenset([1, 2])
    print(f.union([3]), f.issubset({1, 2, 3}))


def lists():
    a = []
    a.append(1)
    a.append(a)
    print(len(a), a)
    print(a.pop(), a.pop())
    try:
        a.pop()
    except IndexError as e:
        print("IndexError", e)
    a = [1, 2, 3]
    print(a.pop(0), a.pop(-1), a)
    try:
        a.pop(5)
    except IndexError as e:
        print("IndexError", e)
    a.extend("xy")
    print(a, a.index("x"), a.count(2))


def dicts():
    d = {"a": 1}
    print(d.get("a"), d.get("b"), d.get("b", 0), d.get("a", 0))
    print(d.setdefault("c", []), d.setdefault("a", 5), d)
    try:
        d.get([])
    except TypeError as e:
        print("TypeError", e)
    counts = {}
    for w in "a b a c b a".split():
        counts[w] = counts.get(w, 0) + 1
    print(counts, list(counts.items()), d.pop("a"), d)


def strs():
    s = "  Hello, World  "
    print(s.strip().lower().split(","), s.count("l"), "-".join(["a", "b"]))
    t = (1, 2, 1)
    print(t.count(1), t.index(2))
    b = b"abc"
    print(b.upper(), b.find(b"c"))


sets()
lists()
dicts()
strs()
