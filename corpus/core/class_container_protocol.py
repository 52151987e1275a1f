# A user container: __len__, __bool__ through __len__, __getitem__, __setitem__, __delitem__, __contains__ and __iter__ used by for, list(), sum() and in.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

b = Bag([])
print(len(b), bool(b), "empty" if not b else "full")
b = Bag([3, 1, 2])
print(len(b), bool(b), b[0], b[-1], 2 in b, 5 in b, 5 not in b)
b[0] = 10
del b[1]
print(list(b), sum(b), sorted(b), [x * 2 for x in b])
for x in b:
    print("item", x)
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)
