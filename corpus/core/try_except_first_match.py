# Checks that the first matching except clause wins, even when a later clause is more specific.
def run(n):
    try:
        if n == 0:
            raise KeyError("k")
        if n == 1:
            raise IndexError("i")
        raise ZeroDivisionError("z")
    except Exception as e:
        print("generic Exception first:", repr(e))
    except KeyError:
        print("never: KeyError after Exception")
def run2(n):
    try:
        if n == 0:
            raise KeyError("k")
        if n == 1:
            raise IndexError("i")
        raise ZeroDivisionError("z")
    except KeyError as e:
        print("KeyError clause:", e)
    except LookupError as e:
        print("LookupError clause:", e)
    except ArithmeticError as e:
        print("ArithmeticError clause:", e)
    except Exception:
        print("never: Exception last")
for n in range(3):
    run(n)
    run2(n)
hits = []
for n in range(4):
    try:
        if n == 0:
            raise ValueError("v")
        elif n == 1:
            raise UnicodeError("u")
        elif n == 2:
            raise TypeError("t")
        else:
            raise AssertionError("a")
    except UnicodeError:
        hits.append("unicode")
    except ValueError:
        hits.append("value")
    except (TypeError, ValueError):
        hits.append("type-or-value")
    except BaseException:
        hits.append("base")
print(hits)
