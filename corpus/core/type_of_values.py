# type(x) gives the class of any value: builtin types print and compare like CPython's (type(x) is int), user classes and exception classes are their class objects, and types without a builtin name (NoneType, list_iterator, generator) have type objects too.
class Animal:
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __init__(self, name):
        self.name = name


class Dog(Animal):
    pass


values = [1, 2**80, 1.5, "s", True, None, [1], {"a": 1}, (1,), {1}, frozenset(), range(3)]
for v in values:
    t = type(v)
    print(t, t.__name__, t is type(v))
print(type(Dog("rex")), Dog("rex"), Animal("cat"))
print(type(Dog("rex")) is Dog, type(Dog("rex")) is Animal, type(Dog("a")) == type(Dog("b")))
print(type(True) is bool, type(True) is int, type(1) is int, type(2**70) is int)
print(type(Dog), type(int), type(type), type(len), type(print))
print(type(iter([])), type(iter("ab")), type({}.keys()), type({}.items()), type(x for x in []))
print(type(lambda: 0), type(enumerate([])), type(zip()), type(map(str, [])), type(reversed([])))
print(type(ValueError("x")), type(KeyError()) is KeyError, type(ValueError).__name__)
try:
    [][1]
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
print((3).__class__, "s".__class__.__name__, Dog("d").__class__)
print(type(None)(), type(3)("42") + 1, type("x")(5), type([])((1, 2)))
counts = {}
for v in [1, "a", 2, 3.0, "b", None, True]:
    counts[type(v).__name__] = counts.get(type(v).__name__, 0) + 1
print(counts)
dispatch = {int: "integer", str: "text", float: "real", type(None): "nothing"}
for v in [5, "x", 2.5, None]:
    print(dispatch[type(v)])
print(int.__name__, str.__qualname__, len.__name__, Dog.__name__, int.__module__)
