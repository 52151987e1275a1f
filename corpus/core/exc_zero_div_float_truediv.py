# Checks that float / 0.0 raises ZeroDivisionError 'float division by zero' (uncaught).
print(1.5 / 3)
print(1.5 / 0.0)
