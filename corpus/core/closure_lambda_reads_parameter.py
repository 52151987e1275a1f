# A lambda inside a function reads a parameter of the function through a closure.
def by_column(rows, col):
    return sorted(rows, key=lambda r: r[col])
print(by_column([(2, "b"), (1, "a")], 0))
