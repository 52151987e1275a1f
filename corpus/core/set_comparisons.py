# Set comparison is by inclusion: ==, !=, <, <=, >, >= between sets and frozensets; equality with other types is False.
a = {1, 2, 3}
b = {1, 2, 3, 4}
f = frozenset([3, 2, 1])
print(a == f, a != f, a < b, a <= b, a > b, a >= b, b > a, b >= f)
print(a < a, a <= a, f < f, {1, 5} < b, {1, 5} <= b, {1, 5} > b)
print(a == [1, 2, 3], a == (1, 2, 3), a != "abc", set() == frozenset())
print({1, 2} == {2.0, 1.0}, {True} == {1}, {(1, 2)} == {(1.0, 2)})
print(sorted([{3}, {1, 2}, {1}]), [{1, 2}, {0}] == [{2, 1}, {0}])
