# Checks that int / 0 raises ZeroDivisionError with the 'division by zero' message (uncaught).
print(1 / 4)
print(1 / 0)
