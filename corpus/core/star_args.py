# A *args parameter collects the extra positional arguments into a tuple.
def total(*args):
    s = 0
    for a in args:
        s += a
    return s
print(total(1, 2, 3))
