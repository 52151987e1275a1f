# Generator errors with CPython's messages: send to a just-started generator, re-entrance, StopIteration inside a generator (PEP 479), bad throw arguments.
def simple():
    yield 1

s = simple()
try:
    s.send(3)
except TypeError as e:
    print(e)
print(next(s))

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)

def stopper():
    yield 1
    raise StopIteration(5)

try:
    list(stopper())
except RuntimeError as e:
    print(isinstance(e, RuntimeError), e, isinstance(e.__cause__, StopIteration), e.__cause__.value)

def next_on_empty():
    it = iter([])
    yield next(it)

try:
    for x in next_on_empty():
        print(x)
except RuntimeError as e:
    print("RuntimeError", e)

try:
    simple().throw(5)
except TypeError as e:
    print(e)

try:
    simple().throw(ValueError("x"), 1)
except TypeError as e:
    print(e)

def raises_later():
    yield 1
    raise KeyError("missing")

r = raises_later()
print(next(r))
try:
    next(r)
except KeyError as e:
    print("KeyError", e)
try:
    next(r)
except StopIteration:
    print("finished after an exception")
