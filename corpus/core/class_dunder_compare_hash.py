# __eq__/__lt__ with NotImplemented, the default __ne__, sorting instances, and __hash__ making instances usable as dict keys and set members.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __hash__(self):
        return hash((self.major, self.minor))

    def __repr__(self):
        return f"v{self.major}.{self.minor}"

vs = [Version(1, 2), Version(0, 9), Version(1, 0), Version(0, 9)]
print(sorted(vs), min(vs), max(vs))
print(Version(1, 2) == Version(1, 2), Version(1, 2) != Version(1, 2), Version(1, 2) == "1.2", Version(1, 0) != 3)
print(Version(0, 1) < Version(0, 2), Version(0, 3) > Version(0, 2))
counts = {}
for v in vs:
    counts[v] = counts.get(v, 0) + 1
print(counts, len({Version(1, 0), Version(1, 0)}))
print(Version(2, 0) in vs, Version(1, 0) in vs)
try:
    Version(1, 0) <= Version(1, 1)
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, len({a, b, a}))

class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
