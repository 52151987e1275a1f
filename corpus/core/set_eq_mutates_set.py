# A user __eq__ that empties and refills the set being searched: lookups and adds restart on the new table, as CPython's do
s = set()


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.n == 0 and len(s) > 1:
            s.clear()
            s.update(range(20))
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return f"K({self.n})"


a, b = K(0), K(1)
s.add(a)
print(K(1) in s, len(s))
s.add(b)
print(b in s, len(s))
print(K(0) in s, len(s), sorted(x for x in s if isinstance(x, int))[:3])
s.add(K(0))
print(len(s))
