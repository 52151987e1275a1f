# Checks that RecursionError from unbounded recursion is catchable and recursion works again afterwards.
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1
def forever(n):
    return forever(n + 1) + 1
try:
    down(10000)
except RecursionError as e:
    print("caught:", e)
print("after:", down(500))
for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print("attempt", attempt, repr(e))
print(down(900))
def guarded(n):
    try:
        return down(n)
    except RecursionError:
        return -1
print(guarded(100), guarded(100000), guarded(200))
def catch_deep(n):
    if n == 0:
        try:
            return forever(0)
        except RecursionError:
            return "caught at the bottom"
    return catch_deep(n - 1)
print(catch_deep(300))
try:
    down(10 ** 6)
except RuntimeError as e:
    print("RuntimeError catches it too:", isinstance(e, RecursionError))
