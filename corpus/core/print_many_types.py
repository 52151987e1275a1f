# Checks print of many value types side by side, and str() vs repr() inside tuples.
print(0, -1, 2 ** 100, -(2 ** 100), 0.0, -0.0, 1.5, 1e300, float("inf"), float("nan"))
print(True, False, None, "", "text", "it's")
print((1, "a", 2.0, None, True), ("it's", 'q"', "\n"), (2 ** 70, -0.0))
print(repr("a"), str("a"), repr(1.0), str(1.0), repr(None), repr(True))
print("value:", 42, "ratio:", 42 / 8, "flag:", 42 > 8, "nothing:", None)
print(divmod(-7, 2), divmod(7.5, -2), divmod(2 ** 65, 3))
