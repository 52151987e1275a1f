# Checks isinstance() with one user class (exact instances answer inline) against subclasses, other classes, builtins, class objects, tuples of classes and invalid second arguments.
class A:
    pass
class B(A):
    pass
class C:
    pass
items = [A(), B(), C(), 1, "s", None, A]
print([isinstance(x, A) for x in items], [isinstance(x, B) for x in items], [isinstance(x, C) for x in items])
def check(x, k):
    return isinstance(x, k)
print(check(A(), A), check(B(), A), check(1, int), check(A(), (C, A)))
try:
    print(isinstance(A(), 3))
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, A())
except TypeError as e:
    print("TypeError", e)
