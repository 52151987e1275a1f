# A captured parameter lives in a cell from the start; rebinding it later is seen by the closure; handler names and loop variables can be captured too.
def param(x):
    get = lambda: x
    before = get()
    x = x * 2
    return before, get()

print(param(21), param("ab"))

def handler():
    try:
        {}["missing"]
    except KeyError as e:
        err = e
        show = lambda: repr(err)
    return show()

print(handler())

def loop_var():
    fs = []
    for word in ["a", "b", "c"]:
        def show():
            return word
        fs.append(show)
    return [f() for f in fs]

print(loop_var())
