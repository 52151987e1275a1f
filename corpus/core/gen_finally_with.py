# Generators with try/finally and with statements: exits run on exhaustion, on close, when a suspended generator is dropped, and on return.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t is None)
        return False

def with_gen():
    with Res("a") as r:
        yield r.name
        yield r.name + "!"

for x in with_gen():
    print(x)

w = with_gen()
print(next(w))
w = None
print("after drop")

def fin_return():
    try:
        yield 1
        return 7
    finally:
        print("finally runs")

f = fin_return()
print(next(f))
try:
    next(f)
except StopIteration as e:
    print("stop", e.value)

def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"
        print("finally done")

print(list(yield_in_finally()))

def yield_in_except():
    try:
        raise ValueError("v")
    except ValueError as e:
        yield str(e)
        yield "still handling"
    yield "after"

print(list(yield_in_except()))

def loop_with_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)

for x in loop_with_finally():
    if x == 1:
        break
print("loop broken")

def nested_with():
    with Res("outer"):
        with Res("inner"):
            yield 1
        yield 2

n = nested_with()
print(next(n))
n.close()
print("closed nested")
