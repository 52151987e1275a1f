# Checks that except Exception does not catch SystemExit or KeyboardInterrupt, but an outer clause does.
import sys
def inner(kind):
    try:
        if kind == 0:
            sys.exit(2)
        if kind == 1:
            raise KeyboardInterrupt("ctrl-c")
        raise RuntimeError("normal")
    except Exception as e:
        print("inner caught Exception:", e)
        return "inner"
    finally:
        print("inner finally", kind)
for kind in range(3):
    try:
        print("returned", inner(kind))
    except SystemExit as e:
        print("outer SystemExit", e.args)
    except KeyboardInterrupt as e:
        print("outer KeyboardInterrupt", repr(e))
