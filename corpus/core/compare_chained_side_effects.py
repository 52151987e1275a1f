# Checks that chained comparisons evaluate middle operands once, left to right, and stop at the first false link.
def v(tag, x):
    print("eval", tag, x)
    return x
print(v("a", 1) < v("b", 2) < v("c", 3) < v("d", 4))
print(v("a", 1) < v("b", 0) < v("c", 3) < v("d", 4))
print(v("a", 1) < v("b", 2) > v("c", 3) < v("d", 4))
print(v("a", 1) == v("b", 1.0) == v("c", True) != v("d", 2))
print(v("a", "x") < v("b", "y") in v("c", ("y", "z")))
print(v("a", None) is v("b", None) is not v("c", 0))
print(v("a", 2 ** 70) > v("b", 2 ** 47) > v("c", -(2 ** 64)) >= v("d", -1e30))
print(v("a", 0) or v("b", 1) < v("c", 2) < v("d", 0))
print(not v("a", 1) < v("b", 2), not (v("c", 3) < v("d", 2) < v("e", 1)))
n = 0
def bump():
    global n
    n += 1
    return n
print(bump() < bump() < bump(), n)
print(bump() > bump() > bump(), n)
print(1 < bump() <= 5 < bump(), n)
if v("x", 3) <= v("y", 3) <= v("z", 2):
    print("yes")
else:
    print("no")
while v("w", n) < 8 > v("q", 0):
    n = n + 1
print("end", n)
