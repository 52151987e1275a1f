# Checks sum() over small ints, floats and their mixes (the runtime's inline int and float additions) and its generic cases: promotion past 48 bits, big ints, -0.0, NaN, inf, lists, tuples and a start value.
print(sum([1, 2, 3]), sum([]), sum([], 5), sum([1.5, 2, 3]), sum([1, 2.5]), sum([2**47 - 1, 2**47 - 1, 2**47]), sum([-2**47, -2**47]))
print(sum([0.1] * 10), sum([1e308, 1e308]), sum([float("nan"), 1.0]), sum([-0.0, -0.0]), sum([-0.0]), sum([-0.0], -0.0), sum([True, True, 3]))
print(sum(x * x for x in range(1000)), sum(range(10**6)), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([10**20, 1, 2.0]), sum([1, 10**20]), sum([2.0, 10**20]))
class Grow:
    def __init__(self, items):
        self.items = items

    def __radd__(self, other):
        if len(self.items) < 6:
            self.items.append(Grow(self.items))
        return other + 1


items = []
items.append(Grow(items))
print(sum(items), len(items))
shrinking = [1, 2]


class Shrink:
    def __radd__(self, other):
        shrinking.clear()
        return other + 100


shrinking.append(Shrink())
shrinking.append(5)
print(sum(shrinking), shrinking)
print(sum((1, 2.5, True)), sum(iter([1, 2])), sum({1: 0, 2: 0}))
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError", e)
