# Checks exceptions raised in finally after a return or with nothing pending have no __context__.
def f():
    try:
        return 1
    finally:
        raise ValueError("from finally after return")
try:
    f()
except ValueError as e:
    print(e, e.__context__)
def g():
    try:
        raise KeyError("k")
    except KeyError:
        pass
    finally:
        raise IndexError("i")
try:
    g()
except IndexError as e:
    print(e, e.__context__)
def h():
    try:
        raise KeyError("k")
    except KeyError:
        return 1
    finally:
        raise IndexError("j")
try:
    h()
except IndexError as e:
    print(e, e.__context__)
