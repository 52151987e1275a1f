# Checks catching errors from more builtins: int(None), min of empty, dict mutation during iteration, KeyError with tuple key.
def t(n):
    if n == 0:
        return int(None)
    if n == 1:
        return min([])
    if n == 2:
        d = {1: 1, 2: 2}
        for k in d:
            d[k + 10] = 0
    if n == 3:
        return {}[(1, 2)]
    if n == 4:
        return "abc".index("z")
    if n == 5:
        return [1, 2, 3].remove(7)
    if n == 6:
        return 10 ** 5000 * 1.0
    if n == 7:
        return str(10 ** 5000)
    if n == 8:
        return round(float("nan"))
    if n == 9:
        return divmod(1, 0)
    return None
for n in range(10):
    try:
        print(n, t(n))
    except Exception as e:
        print(n, repr(e), "|", e)
