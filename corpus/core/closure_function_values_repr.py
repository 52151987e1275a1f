# Reprs and TypeErrors of nested functions and lambdas use CPython's qualified names.
def outer():
    def inner(a, b):
        return a + b
    return inner, lambda q: q

inner, lam = outer()
print(repr(inner).split(" at ")[0], repr(lam).split(" at ")[0])
try:
    inner(1)
except TypeError as e:
    print(e)
try:
    lam(1, 2)
except TypeError as e:
    print(e)
try:
    inner(1, 2, c=3)
except TypeError as e:
    print(e)
