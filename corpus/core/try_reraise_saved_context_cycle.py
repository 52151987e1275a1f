# Checks re-raising a caught exception inside a nested handler: the context chain is cut to avoid a cycle.
try:
    try:
        raise ValueError("outer")
    except ValueError as e:
        saved = e
        try:
            raise KeyError("inner")
        except KeyError as ke:
            inner = ke
            raise saved
except ValueError as got:
    print(got is saved, repr(got))
    print("context:", repr(got.__context__), got.__context__ is inner)
    print("inner context:", inner.__context__)
