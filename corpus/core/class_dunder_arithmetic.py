# Arithmetic special methods with reflected forms and in-place operators, falling back to __add__ when there is no __iadd__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

a, b = Vec(1, 2), Vec(3, 5)
print(a + b, b - a, a * 3, 2 * a, a / 2)
c = a
c += b
print(c, a)
acc = Acc()
acc += 1
acc += "two"
print(acc.items)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
