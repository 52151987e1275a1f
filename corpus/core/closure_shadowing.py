# An inner assignment makes a new local that shadows the enclosing one; globals stay globals; nonlocal reaches the nearest binding.
x = "global"

def f():
    x = "f"
    def g():
        x = "g"
        def h():
            return x
        return h()
    def k():
        return x
    return g(), k(), x

print(f(), x)

def nearest():
    v = 1
    def mid():
        v = 2
        def inner():
            nonlocal v
            v += 100
            return v
        inner()
        return v
    return mid(), v

print(nearest())

def uses_global():
    def g():
        global x
        x = "changed"
    g()
    return x

print(uses_global(), x)
