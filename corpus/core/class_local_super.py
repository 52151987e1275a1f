# super() in classes made by functions and loops: each run of the class statement gets its own __class__ cell.
class Base:
    def describe(self):
        return "base"

def make_child(tag):
    class Child(Base):
        def describe(self):
            return tag + ":" + super().describe()
        @classmethod
        def build(cls):
            return cls()
    return Child

first = make_child("one")
second = make_child("two")
print(first().describe(), second().describe(), first.build().describe())

made = []
for i in range(3):
    class Step(Base):
        level = i
        def describe(self):
            return f"step{self.level}/" + super().describe()
    made.append(Step)
print([cls().describe() for cls in made])
print(made[0] is made[2], made[0].level, made[2].level)

class Chain(made[1]):
    def describe(self):
        return "chain>" + super().describe()
print(Chain().describe(), Chain.__mro__ if False else [c.__name__ for c in [Chain, made[1], Base]])

def layered():
    class A:
        def hello(self):
            return ["A"]
    class B(A):
        def hello(self):
            return ["B"] + super().hello()
    class C(A):
        def hello(self):
            return ["C"] + super().hello()
    class D(B, C):
        def hello(self):
            return ["D"] + super().hello()
    return D()
print(layered().hello())

def super_in_init(n):
    class Point:
        def __init__(self, x):
            self.x = x
    class Point3(Point):
        def __init__(self, x, z):
            super().__init__(x)
            self.z = z
        def __repr__(self):
            return f"Point3({self.x}, {self.z})"
    return [Point3(i, n) for i in range(2)]
print(super_in_init(7))
