# Generators as methods (__iter__), closures over enclosing variables, generators made by nested functions and lambdas returning generators.
class Bag:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for x in self.items:
            yield x
    def pairs(self):
        for i, x in enumerate(self.items):
            yield i, x

b = Bag([1, 2, 3])
print(list(b), sum(Bag([4, 5])), list(b.pairs()))
print(3 in b, 9 in b)

class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()

t = Tree(1, [Tree(2, [Tree(3, [])]), Tree(4, [])])
print(list(t.walk()))

def make_counter(start):
    def counter():
        n = start
        while n < start + 3:
            yield n
            n += 1
    return counter

print(list(make_counter(10)()))

def scaled(factor):
    def gen(xs):
        for x in xs:
            yield x * factor
    return gen

triple = scaled(3)
print(list(triple([1, 2])), list(scaled(-1)(range(3))))

def outer():
    seen = []
    def gen():
        for i in range(3):
            seen.append(i)
            yield i
    return gen, seen

g, seen = outer()
it = g()
next(it)
next(it)
print(seen)

def shared():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    return gen()

sh = shared()
print(next(sh), next(sh), next(sh))
mk = lambda n: (i * 2 for i in range(n))
print(list(mk(4)))
counted = (x for x in range(10))
print(3 in counted, next(counted), 3 in counted)
