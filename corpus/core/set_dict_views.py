# Dict keys and items views act as sets: |, &, -, ^ give sets; comparisons with sets; isdisjoint.
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 2, "c": 30, "d": 4}
print(sorted(d.keys() | e.keys()), sorted(d.keys() & e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()), sorted(d.items() ^ e.items()))
print(d.keys() == set("abc"), d.keys() <= set("abcd"), d.keys() < set("abc"), set("ab") < d.keys())
print(d.keys().isdisjoint(["x"]), d.keys().isdisjoint(e.keys()), d.items().isdisjoint([("a", 1)]))
n = {1: "x", 2: "y", 3: "z"}
print(n.keys() | {9}, n.keys() & {2, 3, 4}, n.keys() - {1}, n.keys() ^ {3, 4})
print([0, 1] | n.keys(), {5} - n.keys(), {1, 5} & n.keys())
