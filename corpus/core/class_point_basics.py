# A small value class: __init__, methods, class attributes read through the class and instances, __repr__ and attribute updates.
class Point:
    """A point in the plane."""
    dims = 2
    origin_name = "O"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
print(p, p.norm2(), p.moved(1), p.moved(dy=5, dx=-3))
print(Point.dims, p.dims, Point.origin_name)
p.x += 10
p.y = p.y * 2
print(p, p.x, p.y)
p.dims = 3
print(p.dims, Point.dims)
Point.dims = 4
print(Point(0, 0).dims, p.dims)
print([Point(i, i * i) for i in range(3)])
print(str(p) == repr(p), f"{p}", "%s" % (p,))
