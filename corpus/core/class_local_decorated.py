# Decorated classes, properties and static methods in classes made inside functions.
registry = []

def register(cls):
    registry.append(cls.__qualname__)
    return cls

def tagged(tag):
    def apply(cls):
        cls.tag = tag
        return cls
    return apply

def make(unit):
    @register
    @tagged("made")
    class Measure:
        def __init__(self, n):
            self._n = n
        @property
        def n(self):
            return f"{self._n}{unit}"
        @n.setter
        def n(self, v):
            self._n = v * 2
        @staticmethod
        def zero():
            return 0
        @classmethod
        def of(cls, n):
            return cls(n)
    return Measure

M = make("kg")
m = M.of(3)
print(m.n, M.zero(), M.tag)
m.n = 5
print(m.n, registry)
make("m")
print(registry)
