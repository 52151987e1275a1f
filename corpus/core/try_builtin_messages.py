# Checks that errors raised by builtins and operators are caught with CPython's exact messages.
def attempt(n):
    if n == 0:
        return 1 + "a"
    if n == 1:
        return int("12x")
    if n == 2:
        return [1, 2, 3][5]
    if n == 3:
        return {"a": 1}["b"]
    if n == 4:
        return 7 % 0
    if n == 5:
        return "abc"[10]
    if n == 6:
        return float("nan?")
    if n == 7:
        return [].pop()
    if n == 8:
        return [1, 2].index(9)
    if n == 9:
        return chr(-1)
    if n == 10:
        return len(5)
    if n == 11:
        return "x" * 2.0
    if n == 12:
        return 2.0 ** 10000
    if n == 13:
        return {}.popitem()
    if n == 14:
        return int("ff", 40)
    if n == 15:
        return math_free_sqrt()
    if n == 16:
        return "a" < 1
    if n == 17:
        return next(iter([]))
    if n == 18:
        return {[1]: 2}
    if n == 19:
        return 1 / 0.0
    return "fine"
def math_free_sqrt():
    return (-1) ** 0.5 if False else round(float("inf"))
for n in range(21):
    try:
        print(n, "ok", attempt(n))
    except Exception as e:
        print(n, repr(e))
        print("  str:", e)
