# list.index of a missing value names its repr
xs = ["a", "b"]
print(xs.index("b"))
print(xs.index("zz"))
