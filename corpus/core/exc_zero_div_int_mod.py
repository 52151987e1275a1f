# Checks that int % 0 raises ZeroDivisionError (uncaught).
print(2 ** 100 % 7)
print(2 ** 100 % 0)
