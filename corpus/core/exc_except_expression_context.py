# An error raised while an except clause's expression is evaluated gets the exception in flight as __context__.
def bad():
    raise KeyError("in except expr")

try:
    try:
        raise ValueError("first")
    except bad():
        pass
except KeyError as e:
    print(repr(e), repr(e.__context__))

class NotAnException:
    pass

try:
    try:
        raise IndexError("second")
    except (ValueError, NotAnException):
        pass
except TypeError as e:
    print(e, "| context:", repr(e.__context__))

def lookup(table, key):
    return table[key]

errors = {"value": ValueError}
caught = 0
for i in range(2000):
    try:
        try:
            raise ValueError(i)
        except lookup(errors, "value" if i % 2 else "missing"):
            caught += 1
    except KeyError as e:
        assert isinstance(e.__context__, ValueError)
print("caught", caught)

try:
    raise ValueError("outer")
except ValueError:
    try:
        raise RuntimeError("inner")
    except bad():
        pass
