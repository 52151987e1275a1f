# Classes nested in class bodies: qualified names, attributes of the outer class, methods of both.
class Outer:
    greeting = "hi"
    class Inner:
        size = 3
        def area(self):
            return self.size * self.size
        class Deepest:
            pass
    def make_inner(self):
        return Outer.Inner()
    kind = Inner

print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.__name__)
print(Outer().make_inner().area(), Outer.kind is Outer.Inner)
print(Outer.Inner, Outer.Inner.Deepest)
print(repr(Outer.Inner.Deepest())[:36])

def factory():
    class Shell:
        class Core:
            def value(self):
                return 42
        def core(self):
            return self.Core()
    return Shell
S = factory()
print(S.Core.__qualname__, S().core().value(), S.core.__qualname__)
try:
    S().missing
except AttributeError as e:
    print(e)
try:
    S.Core(1)
except TypeError as e:
    print(e)
