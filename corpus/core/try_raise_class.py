# Checks raise of a class (not an instance) and of a stored instance, and raising the same instance twice.
def f(n):
    if n == 0:
        raise IndexError
    if n == 1:
        raise KeyboardInterrupt
    err = ValueError("stored", n)
    raise err
for n in range(3):
    try:
        f(n)
    except BaseException as e:
        print(n, repr(e), e.args, "[" + str(e) + "]")
saved = KeyError("same")
for i in range(2):
    try:
        raise saved
    except KeyError as e:
        print(i, e is saved, repr(e))
print("saved still bound:", repr(saved))
