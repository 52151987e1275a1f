# Checks raise X from e: __cause__ is set, __suppress_context__ is True, __context__ still set.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("cannot convert " + repr(s)) from e
for s in ["7", "x7"]:
    try:
        print("converted", convert(s))
    except RuntimeError as e:
        print("error:", e)
        print("cause:", repr(e.__cause__))
        print("cause message:", e.__cause__)
        print("suppress:", e.__suppress_context__)
        print("context is cause:", e.__context__ is e.__cause__)
        print(isinstance(e.__cause__, ValueError), isinstance(e.__cause__, LookupError))
try:
    raise TypeError("outer") from KeyError("unrelated")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__context__)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise IndexError("idx") from ValueError("other")
except IndexError as e:
    print(repr(e.__cause__), repr(e.__context__))
plain = ValueError("fresh")
print(plain.__cause__, plain.__context__, plain.__suppress_context__)
