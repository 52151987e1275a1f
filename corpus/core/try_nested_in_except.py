# Checks try statements nested inside except handlers, and the handled exception as __context__.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        print("int failed:", e)
        try:
            return float(s)
        except ValueError as e2:
            print("float failed:", e2)
            print("context is the int error:", repr(e2.__context__))
            try:
                return {"one": 1, "two": 2}[s]
            except KeyError as e3:
                print("word failed:", repr(e3))
                print("chain:", repr(e3.__context__), "<-", repr(e3.__context__.__context__))
                return None
for s in ["12", "2.5", "two", "zzz"]:
    print(repr(s), "->", parse(s))
try:
    1 // 0
except ZeroDivisionError:
    try:
        [][0]
    except IndexError as inner:
        print("inner", inner, "| context:", inner.__context__)
    print("back in outer handler")
