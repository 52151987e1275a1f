# Checks that bare raise re-raises the handled exception with its message, also from a helper function.
def risky(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n * n
def log_and_reraise():
    print("  helper sees exception, re-raising")
    raise
def middle(n):
    try:
        return risky(n)
    except ValueError:
        print("  middle handler")
        raise
def middle2(n):
    try:
        return risky(n)
    except ValueError:
        log_and_reraise()
for n in [3, -4]:
    try:
        print("result", middle(n))
    except ValueError as e:
        print("top caught:", e, e.args)
for n in [5, -6]:
    try:
        print("result", middle2(n))
    except ValueError as e:
        print("top caught via helper:", repr(e))
def reraise_after_inner():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            print("  inner handled")
        raise
try:
    reraise_after_inner()
except LookupError as e:
    print("re-raised after nested handler:", repr(e))
