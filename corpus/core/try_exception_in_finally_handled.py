# Checks try/except inside a finally body: an exception handled within finally does not disturb the outcome.
def f(x):
    try:
        return 10 // x
    finally:
        try:
            print("cleanup", 1 // (x - 1))
        except ZeroDivisionError as e:
            print("cleanup error handled:", e)
print(f(2))
print(f(1))
try:
    f(0)
except ZeroDivisionError as e:
    print("original kept:", e, "| context:", e.__context__)
def g():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        finally:
            print("inner finally in handler")
        return "handled both"
print(g())
