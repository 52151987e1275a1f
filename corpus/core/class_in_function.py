# A class statement inside a function makes a new class per call.
def make():
    class Local:
        pass
    return Local()
print(make() is not None)
def counter_class(start):
    class Counter:
        first = start
        def __init__(self):
            self.n = start
        def bump(self):
            self.n += 1
            return self.n
    return Counter
A = counter_class(10)
B = counter_class(100)
a, b = A(), B()
print(a.bump(), a.bump(), b.bump(), A.first, B.first, A is B, type(a) is A)
print(A.__name__, A.__qualname__, A.bump.__qualname__)
