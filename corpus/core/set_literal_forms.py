# Set displays: one or two items (built item by item), more than two constants (a copy of a frozenset constant), computed items, and constants in a for loop.
print({1}, {2, 1}, {1, 2, 3}, {3, 2, 1})
print({32, 16, 1, 2, 3, 48}, {8, 16, 24, 32, 40})
print({-1, -2, 0, 1}, {1, 1.0, True}, {0, False, 0.0})
print({(1, 2), (2, 1), (0, 0), (1, 2)})
print({0.5, 1.5, 2.5, 3.25}, {1e100, 1e-5, 2.0})
print({"é", "ü", "Σ", "€", "😀"})
n = 40
print({n, n * 2, n * 3, n * 4, n * 5, n * 6})
for x in {64, 128, 1, 2, 3, 192}:
    print("iter", x)
print([y * 2 for y in {256, 512, 1, 768}])
big = 2 ** 61
print({big, big + 1, 1, 2, 3}, {4611686018427387904, 9223372036854775808, 5})
