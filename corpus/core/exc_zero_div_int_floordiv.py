# Checks that int // 0 raises ZeroDivisionError (uncaught) after some output.
a = 10
for b in (3, 2, 1):
    print(a, b, a // b)
b = 0
print(a // b)
