# Checks that float % -0.0 raises ZeroDivisionError 'float modulo' (uncaught).
print(7.5 % 2)
print(7.5 % -0.0)
