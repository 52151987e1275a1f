# The exception being handled inside a generator is saved with it across yields: a bare raise after resuming re-raises it; with none of its own, it sees the caller's.
def exc_state():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        raise

es = exc_state()
next(es)
try:
    raise IndexError("outer")
except IndexError:
    try:
        next(es)
    except KeyError as e:
        print("reraised", repr(e), repr(e.__context__))

def context_chain():
    try:
        raise ValueError("first")
    except ValueError:
        yield "in handler"
        raise TypeError("second")

cc = context_chain()
next(cc)
try:
    next(cc)
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))

def caller_view():
    yield 1
    try:
        raise
    except ZeroDivisionError as e:
        print("a bare raise sees the caller's exception:", e)
    yield 2

cv = caller_view()
try:
    raise ZeroDivisionError("caller's")
except ZeroDivisionError:
    print(next(cv))
    print(next(cv))

def thrown_context():
    try:
        raise ValueError("being handled")
    except ValueError:
        try:
            yield 1
        except KeyError as e:
            print("thrown", repr(e), "context", repr(e.__context__))
            yield 2

tc = thrown_context()
next(tc)
print(tc.throw(KeyError("k")))
