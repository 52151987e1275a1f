# Checks that an exception raised in finally replaces the one in flight, which becomes its __context__.
def f(mode):
    try:
        if mode:
            raise KeyError("original")
        print("no original")
    finally:
        print("finally, mode", mode)
        raise ValueError("from finally")
for mode in [0, 1]:
    try:
        f(mode)
    except KeyError as e:
        print("not reached: KeyError", e)
    except ValueError as e:
        print("caught", repr(e))
        print("context:", repr(e.__context__))
        print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
def g():
    for i in range(3):
        try:
            raise IndexError(i)
        finally:
            if i == 1:
                raise RuntimeError("stop at " + str(i))
try:
    g()
except IndexError as e:
    print("IndexError escaped:", e)
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
