# Checks that divmod(x, 0) raises ZeroDivisionError (uncaught).
print(divmod(7, 2))
print(divmod(7, 0))
