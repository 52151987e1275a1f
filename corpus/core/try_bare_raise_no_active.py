# Checks bare raise with no exception being handled: RuntimeError: No active exception to reraise.
def f():
    raise
try:
    f()
except RuntimeError as e:
    print("caught:", e)
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    f()
except RuntimeError as e:
    print("after handler finished:", e, e.__context__)
