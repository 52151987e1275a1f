# Checks that 0.0 ** -1 raises ZeroDivisionError with the float message (uncaught).
print(0.0 ** 0.5)
print(0.0 ** -1)
