# Checks the order in which try, except, else and finally bodies run, with nested statements.
def trace(mode):
    out = []
    try:
        out.append("t1")
        try:
            out.append("t2")
            if mode == 1:
                raise ValueError("inner")
            if mode == 2:
                raise KeyError("outer")
            out.append("t3")
        except ValueError:
            out.append("e2")
        else:
            out.append("el2")
        finally:
            out.append("f2")
        out.append("t4")
    except KeyError:
        out.append("e1")
    else:
        out.append("el1")
    finally:
        out.append("f1")
    out.append("end")
    return out
for mode in range(3):
    print(mode, trace(mode))
print("a")
try:
    print("b")
finally:
    print("c")
print("d")
