# Checks that an exception raised in else is not handled by the same try's except clauses.
def f(x):
    try:
        try:
            v = 10 // x
        except ZeroDivisionError:
            print("inner except: zero")
            return "zero"
        else:
            print("inner else, v =", v)
            if v > 3:
                raise ZeroDivisionError("raised in else")
            return v
        finally:
            print("inner finally")
    except ZeroDivisionError as e:
        print("outer except:", e)
        return "outer"
print(f(0))
print(f(5))
print(f(2))
def g():
    try:
        pass
    except KeyError:
        print("not reached")
    else:
        d = {}
        return d["x"]
try:
    g()
except KeyError as e:
    print("from else:", repr(e))
