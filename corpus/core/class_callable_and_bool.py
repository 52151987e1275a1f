# __call__ makes instances callable (also as sort keys); __bool__ drives if/while/not; bound methods are values.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

double = Multiplier(2)
print(double(21), [double(i) for i in range(4)], sorted([3, -5, 1], key=Multiplier(-1)))
print(bool(Flag(True)), bool(Flag(False)), not Flag(False), "yes" if Flag(True) else "no")
n = 0
f = Flag(True)
while f:
    n += 1
    if n == 3:
        f.on = False
print(n)

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n

c = Counter()
bump = c.bump
print(bump(), bump(5), c.n, [bump() for _ in range(3)])
try:
    Flag(True)()
except TypeError as e:
    print("TypeError:", e)
