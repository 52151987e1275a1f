# Closures see a variable's value when they run, not when they were made (late binding), unlike defaults.
def makers():
    fs = []
    for i in range(4):
        fs.append(lambda: i * 10)
    gs = [lambda i=i: i * 10 for i in range(4)]
    hs = [lambda: i * 10 for i in range(4)]
    return fs, gs, hs

fs, gs, hs = makers()
print([f() for f in fs])
print([g() for g in gs])
print([h() for h in hs])

def rebind():
    x = "before"
    get = lambda: x
    first = get()
    x = "after"
    return first, get()
print(rebind())
