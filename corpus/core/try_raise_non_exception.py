# Checks raising non-exception values and causes gives CPython's TypeErrors.
def f(n):
    if n == 0:
        raise KeyError("x") from 5
    raise 5
for n in range(2):
    try:
        f(n)
    except TypeError as e:
        print(e)
