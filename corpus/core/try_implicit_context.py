# Checks that an exception raised while handling another gets it as __context__, without a cause.
def step1():
    try:
        return [1, 2, 3][10]
    except IndexError:
        return {}["key"]
def step2():
    try:
        step1()
    except KeyError:
        return 1 // 0
try:
    step2()
except ZeroDivisionError as e:
    print("final:", repr(e))
    c1 = e.__context__
    print("context 1:", repr(c1))
    c2 = c1.__context__
    print("context 2:", repr(c2))
    print("context 3:", c2.__context__)
    print("causes:", e.__cause__, c1.__cause__, c2.__cause__)
    print("suppress:", e.__suppress_context__, c1.__suppress_context__)
try:
    raise ValueError("no context here")
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        pass
    raise ValueError("after handled")
except ValueError as e:
    print("after a finished handler:", e.__context__)
