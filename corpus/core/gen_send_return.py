# send() feeds values into a suspended yield; return values surface as StopIteration.value; next() with a default.
def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

e = echo()
print(next(e))
print(e.send(5))
print(e.send(7))
try:
    e.send(None)
except StopIteration as s:
    print("stop", s.value, s.args)
try:
    next(e)
except StopIteration as s:
    print("again", s.value, s.args)

def ret_gen():
    yield 1
    return "done"

r = ret_gen()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value)
print(next(r, "default"))

def returns_none():
    yield 1
    return

n = returns_none()
next(n)
try:
    n.send("ignored")
except StopIteration as e:
    print(e.value, e.args)

def accumulate():
    items = []
    while True:
        item = yield len(items)
        items.append(item)
        if len(items) == 3:
            return items

acc = accumulate()
next(acc)
acc.send("a")
acc.send("b")
try:
    acc.send("c")
except StopIteration as e:
    print("collected", e.value)

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

avg = averager()
next(avg)
for x in [10, 30, 5]:
    print(avg.send(x))

def targets():
    d = {}
    xs = [0, 0]
    d["k"] = yield "first"
    xs[1] = yield "second"
    yield d, xs

t = targets()
print(next(t), t.send(1), t.send(2))
