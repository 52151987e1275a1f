# Checks str, repr, print and .args of exceptions built with zero, one and several arguments.
def make(n):
    if n == 0:
        raise ValueError
    if n == 1:
        raise ValueError()
    if n == 2:
        raise ValueError("one")
    if n == 3:
        raise ValueError("two", 2)
    if n == 4:
        raise KeyError("key")
    if n == 5:
        raise KeyError("a", "b")
    if n == 6:
        raise IndexError(42)
    if n == 7:
        raise RuntimeError("")
    if n == 8:
        raise TypeError(None)
    if n == 9:
        raise KeyError(3.5)
    if n == 10:
        raise ValueError("quote's \"both\"")
    raise Exception([1, 2], {"k": (1, 2)})
for n in range(12):
    try:
        make(n)
    except Exception as e:
        print(n, repr(e))
        print("  str=[" + str(e) + "] args=" + repr(e.args), len(e.args))
        print("  f-string:", f"{e}|{e!r}|{e.args}")
        print(" ", e)
