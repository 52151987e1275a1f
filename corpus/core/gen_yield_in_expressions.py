# yield inside larger expressions: operands before the yield are evaluated (and kept) before the generator suspends.
def accumulate():
    total = 0
    while True:
        total += yield total

acc = accumulate()
print(next(acc), acc.send(5), acc.send(10), acc.send(-3))

def pairs():
    result = (yield "first") + (yield "second")
    print("sum", result)
    yield [(yield "a"), (yield "b")]

g = pairs()
print(next(g), g.send(1), g.send(2))
print(g.send("x"), g.send("y"))

log = []
def note(tag, value):
    log.append(tag)
    return value

def ordered():
    r = note("left", 100) - note("mid", (yield "suspend")) * note("right", 2)
    log.append(("result", r))
    yield r

o = ordered()
print(next(o), log)
print(o.send(7), log)

counter = 0
def reads_global_before():
    yield counter + (yield "go")

def run_global():
    global counter
    gen = reads_global_before()
    print(next(gen))
    counter = 1000
    print(gen.send(5))
run_global()

class Box:
    def __init__(self):
        self.hits = 0
    def collector(self):
        while True:
            self.hits += yield self.hits

b = Box()
c = b.collector()
print(next(c), c.send(2), c.send(3), b.hits)

def in_calls():
    items = []
    items.append((yield "give"))
    print("got", items, len((yield "more")), str((yield "again")).upper())
    return_value = max((yield 1), (yield 2), 0)
    yield return_value

g = in_calls()
print(next(g), g.send("a"), g.send("xyz"), g.send("low"), g.send(4), g.send(9))

def nested():
    x = yield (yield 1) + 1
    yield x

n = nested()
print(next(n), n.send(10), n.send("done"))

def yield_from_in_expr():
    def inner():
        yield "inner"
        return 5
    r = 10 * (yield from inner())
    yield r

print(list(yield_from_in_expr()))

def returns():
    return 1 + (yield "r")
r = returns()
print(next(r))
try:
    r.send(41)
except StopIteration as e:
    print("returned", e.value)

def test_in_if():
    if (yield "ask") == "yes":
        yield "agreed"
    else:
        yield "refused"
t = test_in_if()
print(next(t), t.send("yes"))

def fstring():
    yield f"<{(yield 'in')}>"
f = fstring()
print(next(f), f.send("x"))

def error_before():
    yield 1 / 0 + (yield "never")
try:
    next(error_before())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
