# Checks that variables assigned in try, except and finally bodies keep their values afterwards.
def f(s):
    stage = "init"
    try:
        stage = "parsing"
        n = int(s)
        stage = "parsed"
    except ValueError:
        n = -1
        stage = stage + "+failed"
    finally:
        stage = stage + "+done"
    return (n, stage)
print(f("5"))
print(f("five"))
def g(xs):
    i = 0
    try:
        while True:
            i += xs[i]
    except IndexError:
        pass
    return i
print(g([1, 2, 3, 4, 5, 6]), g([2, 0, 5]), g([]))
