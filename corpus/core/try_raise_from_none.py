# Checks raise X from None: __cause__ None, __suppress_context__ True, __context__ kept.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no key " + str(k)) from None
d = {"a": 1}
print(get(d, "a"))
try:
    get(d, "b")
except LookupError as e:
    print("caught:", e)
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)
    print("context:", repr(e.__context__))
try:
    raise ValueError("standalone") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__context__, e.__suppress_context__)
