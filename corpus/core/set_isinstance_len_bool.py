# isinstance with set and frozenset, len, truthiness, sorted/sum/min/max/list over sets.
s = {5, 3, 9}
f = frozenset("abc")
print(isinstance(s, set), isinstance(s, frozenset), isinstance(f, frozenset), isinstance(f, (set, frozenset)))
print(len(s), len(set()), bool(s), bool(set()), bool(frozenset()), not f)
print(sorted(s), sum(s), min(s), max(s), sorted(f), list(set([7])), tuple(frozenset([8])))
print(sorted(s)[::-1], any(s), all({0, 1}), set(enumerate("ab")) == {(0, "a"), (1, "b")})
