# Reads that definite assignment proves bound skip their test, and every other read keeps
# it: locals bound on some paths only, loops that may not run, handler names, globals a
# function reads before or after they are bound, and functions made inside functions.
def paths(c, xs):
    if c:
        a = 1
    else:
        b = 2
    try:
        print(a)
    except UnboundLocalError as e:
        print("a:", e)
    for x in xs:
        y = x
    try:
        print(x, y)
    except UnboundLocalError as e:
        print("loop:", e)
    while c:
        w = 1
        break
    else:
        w = 2
    print("w", w)
    try:
        z = 1 // (0 if c else 1)
    except ZeroDivisionError:
        pass
    try:
        print("z", z)
    except UnboundLocalError as e:
        print("z:", e)


paths(True, [])
paths(False, [1, 2])


def reads_late():
    return LATE + 1


def calls_later():
    return helper() * 2


try:
    reads_late()
except NameError as e:
    print("before:", e)
try:
    calls_later()
except NameError as e:
    print("before:", e)
LATE = 41


def helper():
    return 21


print(reads_late(), calls_later())

gone = "here"


def reads_gone():
    return gone


print(reads_gone())
try:
    raise ValueError("v")
except ValueError as gone:
    print("caught", gone)
try:
    reads_gone()
except NameError as e:
    print("after handler:", e)


def maker():
    def inner():
        return MADE_LATER
    return inner


f = maker()
try:
    f()
except NameError as e:
    print("inner:", e)
MADE_LATER = "now"
print(f())


def gen():
    yield SEEN_AT_RESUME


g = gen()
SEEN_AT_RESUME = 5
print(next(g))
print(undefined_at_end)
