# throw() raises at the suspended yield (instance, class and class-with-value forms); close() runs finally bodies and handles GeneratorExit.
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen_finally()
print(next(g))
g.close()
print("closed")
g.close()
print(list(g))

def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("caught", e, e.args)
            yield "recovered"

c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("bad")))
next(c)
print(c.throw(ValueError))
next(c)
print(c.throw(ValueError, "with value"))
next(c)
print(c.throw(ValueError, ("a", 2)))
next(c)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
print(list(c))

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def exit_cleanly():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

ec = exit_cleanly()
next(ec)
print(ec.close())

def exit_returns():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

er = exit_returns()
next(er)
print(er.close())

def unstarted():
    print("never printed")
    yield 1

u = unstarted()
try:
    u.throw(ValueError("early"))
except ValueError as e:
    print("early", e)
print(list(u))
u2 = unstarted()
u2.close()
print(list(u2))

def delegating():
    try:
        yield from gen_finally()
    finally:
        print("outer cleanup")

dg = delegating()
next(dg)
dg.close()

def thrower_target():
    try:
        yield 1
    except ValueError:
        yield "inner handled"
    yield "inner done"

def forwards():
    r = yield from thrower_target()
    yield "outer", r

f = forwards()
next(f)
print(f.throw(ValueError))
print(next(f), next(f))
