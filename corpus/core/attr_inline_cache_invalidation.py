# Attribute sites cache a class's slot or method (inline caches): the same site must stay right when it sees other classes, subclasses, classes made in a loop, a property or method added to the class later, an attribute stored on the instance that hides a method, and unset slots.
class A:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def scaled(self, k):
        return self.x * k


class B:
    def __init__(self, x):
        self.y = 0
        self.x = x

    def get(self):
        return -self.x

    def scaled(self, k):
        return self.x + k


class SubA(A):
    def get(self):
        return self.x + 1000


def read_x(o):
    return o.x


def call_get(o):
    return o.get()


def call_scaled(o, k):
    return o.scaled(k)


def store_x(o, v):
    o.x = v


# One site, several classes in turn (the slot of x differs between A and B).
objs = [A(1), B(2), SubA(3), A(4), B(5)]
print([read_x(o) for o in objs])
print([call_get(o) for o in objs])
print([call_scaled(o, 10) for o in objs])
for i, o in enumerate(objs):
    store_x(o, i * i)
print([read_x(o) for o in objs])

# A property added to the class after the site cached its slot wins from then on.
class HasProperty:
    @property
    def x(self):
        return "property x"


def add_property():
    a = A(7)
    print(read_x(a), read_x(a))
    A.x = HasProperty.x
    print(read_x(a))
    try:
        A(8)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        store_x(a, 9)
    except AttributeError as e:
        print("AttributeError:", e)


add_property()

# A method replaced on the class after the site cached the old one.
b = B(3)
print(call_get(b), call_get(b))
B.get = lambda self: "replaced"
print(call_get(b))
B.scaled = lambda self, k=100: k
print(call_scaled(b, 1), b.scaled())


# An instance attribute stored from outside (the overflow dict) hides the class's method.
class C:
    def __init__(self):
        self.n = 1

    def get(self):
        return "method"


c1, c2 = C(), C()
print(call_get(c1), call_get(c2))
c2.get = lambda: "instance attribute"
print(call_get(c1), call_get(c2))


# A slot left unset: the cached site still raises AttributeError, with CPython's message.
class Lazy:
    def __init__(self, ready):
        if ready:
            self.value = 42

    def peek(self):
        return self.value


def peek(o):
    return o.peek()


print(peek(Lazy(True)))
for ready in [True, False, True]:
    try:
        print(peek(Lazy(ready)))
    except AttributeError as e:
        print("AttributeError:", e)


# Classes made in a loop, freed and made again: each instance sees its own class's layout.
def make(i):
    if i % 2:
        class K:
            def __init__(self):
                self.a = "a"
                self.b = i

            def get(self):
                return ("odd", self.b)
    else:
        class K:
            def __init__(self):
                self.b = i

            def get(self):
                return ("even", self.b)
    return K()


print([call_get(make(i)) for i in range(6)])
print([read_b.b for read_b in [make(i) for i in range(4)]])


# Methods that do not take exactly the arguments given are called through the slow path.
class D:
    def __init__(self):
        self.v = 5

    def opt(self, a, b=2):
        return self.v + a + b

    def star(self, *args):
        return (self.v, args)

    @staticmethod
    def st(a):
        return ("static", a)

    @classmethod
    def cm(cls, a):
        return (cls.__name__, a)


def call_opt(o):
    return o.opt(1)


def call_star(o):
    return o.star(1, 2)


def call_st(o):
    return o.st(3)


def call_cm(o):
    return o.cm(4)


d = D()
for _ in range(2):
    print(call_opt(d), call_star(d), call_st(d), call_cm(d))


# A method that is a closure, an error raised through a cached call, and wrong arity.
def outer():
    bonus = 100

    class E:
        def __init__(self):
            self.base = 1

        def total(self, k):
            return self.base + k + bonus

        def fail(self, k):
            return self.base // k

    return E


E = outer()
e = E()
print([e.total(k) for k in range(3)])
for k in [1, 0, 2]:
    try:
        print(e.fail(k))
    except ZeroDivisionError as err:
        print("ZeroDivisionError:", err)
try:
    e.total(1, 2)
except TypeError as err:
    print("TypeError:", err)


# Replacing a slot's value releases the old one (a long loop stays bounded).
class Holder:
    def __init__(self):
        self.item = None


h = Holder()
for i in range(100000):
    h.item = [i] * 4
print(h.item)
