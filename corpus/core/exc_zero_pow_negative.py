# Checks that int 0 ** -1 raises ZeroDivisionError (uncaught; note CPython says "0.0 cannot be raised..." even for ints).
print(0 ** 0, 0 ** 1, 0.0 ** 2)
print(0 ** -1)
