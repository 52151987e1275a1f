# molt: expect=reject MOLT0003
# A lambda inside a function reads the function's variable: closures are not supported yet (pass it as a default).
def by_column(rows, col):
    return sorted(rows, key=lambda r: r[col])
print(by_column([(2, "b"), (1, "a")], 0))
