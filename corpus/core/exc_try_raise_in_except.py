# Checks an uncaught exception raised inside an except handler (chained traceback; last line is the new one).
def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError:
        print("missing", key)
        raise ValueError("no entry for " + key)
print(load("a"))
print(load("b"))
print("not reached")
