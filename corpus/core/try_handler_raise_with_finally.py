# Checks the order of events when a handler raises and a finally also runs, caught by an outer try.
def f():
    try:
        try:
            raise KeyError("a")
        except KeyError as e:
            print("handler for", repr(e))
            raise ValueError("b")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer got", repr(e), "context", repr(e.__context__))
        return "done"
    finally:
        print("outer finally")
print(f())
