# Built-in types as values: a tuple of them kept in a variable for isinstance(), passed around and printed.
kinds = (int, float)
print(isinstance(1, kinds), isinstance("s", kinds), isinstance(True, kinds))
t = str
print(isinstance("x", t), isinstance(1, t), t, kinds)
checks = [(list, [1]), (dict, {}), (tuple, ()), (set, set()), (bool, 0), (frozenset, frozenset())]
print([isinstance(v, k) for k, v in checks])
print(isinstance(range(3), range), isinstance(map(str, []), map), isinstance(zip(), zip))
