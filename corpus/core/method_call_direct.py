# Checks method calls that the compiler may call directly when the site's cached function is a known one: several classes sharing a method name, overrides, a method rebound on the class, an instance attribute shadowing the method, methods that free their receiver's last other reference, raise, or take defaults.
class Shape:
    def area(self):
        return 0

    def scaled(self, k):
        return self.area() * k


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Plain(Shape):
    pass


def other_area(self):
    return -1


shapes = [Square(2), Circle(1), Plain(), Square(3)]
for round_ in range(3):
    print([s.area() for s in shapes], [s.scaled(2) for s in shapes])
    if round_ == 0:
        Plain.area = other_area
    if round_ == 1:
        shapes[3].area = lambda: 99


class Holder:
    def __init__(self, items):
        self.items = items

    def drain(self, registry):
        registry.clear()
        return len(self.items)

    def fail(self, x):
        raise KeyError(x)

    def with_default(self, x, y=10):
        return x + y


registry = [Holder([1, 2, 3])]
print(registry[0].drain(registry), registry)
h = Holder("ab")
try:
    h.fail("k")
except KeyError as e:
    print("KeyError", e)
print(h.with_default(1), h.with_default(1, 2))


def make():
    bonus = 5

    class Local:
        def area(self):
            return bonus

    return Local()


print(make().area(), Square(4).area(), Circle(2).scaled(3))
