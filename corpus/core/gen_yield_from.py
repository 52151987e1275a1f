# yield from: delegation to generators (send passes through, the result is the return value), to lists, ranges and user iterators, and recursion.
def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

def delegate():
    r = yield from echo()
    print("inner returned", r)
    yield r * 2
    r2 = yield from [7, 8]
    print("list result", r2)

d = delegate()
print(next(d), d.send(1), d.send(2))
print(d.send(None))
print(list(d))

def tree(n):
    if n > 0:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)

print(list(tree(3)))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("finished")
        self.n -= 1
        return self.n

def from_instance():
    r = yield from Countdown(3)
    print("instance result", r)

print(list(from_instance()))

def from_range():
    yield from range(3)
    yield from "ab"
    yield from (x * x for x in range(3))

print(list(from_range()))

def inner_ret(x):
    if False:
        yield
    return x * 2

def outer():
    a = yield from inner_ret(1)
    b = yield from inner_ret(a)
    yield a, b

print(list(outer()))

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1

g = deep(50)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)
