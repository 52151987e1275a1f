# Fixed-layout instances behave like dict-backed ones: inherited slots, attributes set later or outside the class (overflow), unset slots raising AttributeError, class attributes shadowed by instance values, properties winning over instance values.
class P:
    def __init__(self, x):
        self.x = x
    @property
    def double(self):
        return self.x * 2
class Q(P):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def late(self):
        self.z = 5
class R(Q):
    x = "class attr"
    def __init__(self):
        self.w = 1
q = Q(1, 2)
print(q.x, q.y, q.double)
try:
    print(q.z)
except AttributeError as e:
    print(e)
q.late()
print(q.z)
q.extra = "overflow"
print(q.extra)
r = R()
print(r.x, r.w)
r.x = "inst"
print(r.x, R.x)
P.x = "class level"
print(q.x, P(3).x)
class S:
    def __init__(self):
        self.v = 1
    @property
    def v2(self):
        return self.v
s = S()
print(s.v2)
s.v = 3
print(s.v2, s.v)
