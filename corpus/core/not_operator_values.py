# Checks 'not' (inline for ints, bools and None, the runtime for the rest) on every kind of value: zeros, NaN, empty and non-empty containers, big ints, __bool__ and __len__, and a __bool__ returning a non-bool.
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 3
class Bad:
    def __bool__(self):
        return 1
vals = [0, 1, -5, True, False, None, 0.0, -0.0, 2.5, "", "a", [], [0], (), {}, {1: 2}, set(), T(), L(), 10**30, 0 * 10**30, b"", float("nan")]
print([not v for v in vals])
def f(x, flag: bool):
    return not x, not flag, not (x and flag)
print(f(3, True), f(None, False), f([], True))
try:
    not Bad()
except TypeError as e:
    print("TypeError", e)
