# Checks that an exception raised many calls deep unwinds through every finally and is caught at the top.
unwound = []
def dive(n, limit):
    try:
        if n == limit:
            raise ValueError("bottom at " + str(n))
        return dive(n + 1, limit) + 1
    finally:
        unwound.append(n)
try:
    dive(0, 50)
except ValueError as e:
    print("caught:", e)
print(len(unwound), unwound[:5], unwound[-3:])
def search(depth, target):
    if depth == target:
        d = {"x": 1}
        return d["y"]
    return search(depth + 1, target)
for t in [10, 200, 600]:
    try:
        search(0, t)
    except KeyError as e:
        print("KeyError from depth", t, repr(e))
def partial(n):
    try:
        return partial_inner(n)
    except ZeroDivisionError:
        return "handled at " + str(n)
def partial_inner(n):
    if n == 0:
        return 1 // n
    if n % 5 == 0:
        return partial(n - 1)
    return partial_inner(n - 1)
print(partial(23))
