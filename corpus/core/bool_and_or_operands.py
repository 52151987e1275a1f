# Checks that 'and'/'or' return one of their operands (not a bool) and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "x", "a" and "b", None or 0, None and 1)
print(0 or "" or None, 1 and "a" and 3.5, 0.0 or -0.0, -0.0 or 0.0, "" and crash_if_called())
print(False or None, None or False, (0 or 7) if True else 0)
def noisy(v, label):
    print("eval", label, repr(v))
    return v
print(noisy(0, "a") and noisy(1, "b"))
print(noisy(2, "c") and noisy(0, "d") and noisy(3, "e"))
print(noisy("", "f") or noisy(None, "g") or noisy("z", "h") or noisy(9, "i"))
print(noisy(1, "j") or noisy(2, "k"))
x = 5
y = x > 3 and x * 10 or -1
z = x > 9 and x * 10 or -1
print(y, z, (x and None) is None, x or crash_if_called())
def crash_if_called():
    raise RuntimeError("should not be called")
print(not (1 and 0), not (0 or ""), 2 ** 100 and 3, 0 or 2 ** 100)
