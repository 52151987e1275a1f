# Checks except (T1, T2) as e: either listed class (or a subclass) is caught, others pass through.
def lookup(kind, key):
    data = {"a": 1, "b": 2}
    items = [10, 20, 30]
    try:
        if kind == "dict":
            return data[key]
        if kind == "list":
            return items[key]
        if kind == "int":
            return int(key)
        return 1 // key
    except (KeyError, IndexError) as e:
        print("lookup failed:", repr(e))
        return None
    except (ValueError, TypeError) as e:
        print("conversion failed:", e)
        return -1
for kind, key in [("dict", "a"), ("dict", "z"), ("list", 2), ("list", 7), ("int", "42"), ("int", "4x2"), ("int", [1])]:
    print(kind, repr(key), "->", lookup(kind, key))
try:
    print(lookup("div", 0))
except (ArithmeticError,) as e:
    print("outer caught", e)
try:
    [1, 2][5]
except (ZeroDivisionError, LookupError) as e:
    print("tuple with base class:", e)
