# Checks a new exception raised inside an except handler: caught further out, with __context__ linked.
def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError as e:
            if v == "stop":
                raise RuntimeError("stopped at " + v)
            out.append(0)
    return out
print(convert(["1", "x", "3"]))
try:
    print(convert(["4", "stop", "5"]))
except RuntimeError as e:
    print("caught:", e)
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
def handler_error():
    try:
        {}["a"]
    except KeyError as e:
        print("handling", repr(e))
        return 1 // 0
try:
    handler_error()
except ZeroDivisionError as z:
    print(repr(z), "<-", repr(z.__context__))
