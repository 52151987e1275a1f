# Checks that int(float('nan')) raises ValueError (uncaught).
x = float("nan")
print(x, int(2.5))
print(int(x))
