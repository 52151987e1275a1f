# Checks that float // 0 raises ZeroDivisionError 'float floor division by zero' (uncaught).
print(7.5 // 2)
print(7.5 // 0)
