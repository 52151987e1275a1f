# Checks that the except-as name is unbound after the clause in a function (UnboundLocalError).
def f(flag):
    e = 1
    try:
        if flag:
            raise IndexError("x")
    except IndexError as e:
        print("in handler:", repr(e))
    try:
        return e
    except UnboundLocalError as err:
        print("after handler:", err)
        return "unbound"
print(f(False))
print(f(True))
def g():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        except ValueError as exc:
            print("handled", exc)
        try:
            print("exc is", exc)
        except UnboundLocalError as err:
            print(i, err)
g()
def h():
    try:
        1 // 0
    except ZeroDivisionError as z:
        saved = z
    print("saved survives:", repr(saved))
    try:
        z
    except NameError as err:
        print("is a NameError subclass:", isinstance(err, NameError), isinstance(err, UnboundLocalError))
h()
