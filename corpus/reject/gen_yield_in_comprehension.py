# molt: expect=reject MOLT0001
# yield inside a list comprehension is CPython's SyntaxError.
def g(xs):
    return [(yield x) for x in xs]
print(g([1]))
