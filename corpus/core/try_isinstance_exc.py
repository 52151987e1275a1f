# Checks isinstance on caught exceptions against classes and tuples across the hierarchy.
def raise_kind(k):
    if k == "key":
        raise KeyError(k)
    if k == "zero":
        raise ZeroDivisionError(k)
    if k == "exit":
        raise SystemExit(k)
    if k == "kbd":
        raise KeyboardInterrupt(k)
    if k == "rec":
        raise RecursionError(k)
    raise UnicodeError(k)
for k in ["key", "zero", "exit", "kbd", "rec", "uni"]:
    try:
        raise_kind(k)
    except BaseException as e:
        print(k, isinstance(e, Exception), isinstance(e, BaseException),
              isinstance(e, LookupError), isinstance(e, ArithmeticError),
              isinstance(e, (RuntimeError, ValueError)), isinstance(e, (SystemExit, KeyboardInterrupt)),
              isinstance(e, int), isinstance(e, str))
x = ValueError("v")
print(isinstance(x, ValueError), isinstance(x, TypeError), isinstance(x, (TypeError, (LookupError, Exception))))
