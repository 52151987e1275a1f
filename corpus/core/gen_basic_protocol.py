# Generator functions: lazy start, next(), for loops, nested loops, infinite generators stopped by break, and iter(g) is g.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

for v in count_up(3):
    print(v)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = fib()
print([next(g) for _ in range(10)])
print(iter(g) is g, next(g))

def nested(rows):
    for r in rows:
        for x in r:
            if x % 2 == 0:
                yield x * 10

print(list(nested([[1, 2], [3, 4, 6]])))

def lazy():
    print("started")
    yield 1
    print("resumed")

l = lazy()
print("created")
print(next(l))
print(list(l))
print(list(l))

def infinite():
    n = 0
    while True:
        yield n
        n += 1

for v in infinite():
    if v == 3:
        break
print(v)
print(list(zip(infinite(), "xyz")))
print(list(enumerate(count_up(3))))

def no_yield_reached(flag):
    if flag:
        yield "yes"
    print("body ran", flag)

print(list(no_yield_reached(False)), list(no_yield_reached(True)))

def many_locals(n):
    a = n
    b = a * 2
    s = "x" * n
    xs = [a, b]
    d = {"k": b}
    for i in range(n):
        yield a, b, s, xs[i % 2], d["k"], i
        a += 1
        b -= 1

for t in many_locals(3):
    print(t)
