# Checks that int(float('inf')) raises OverflowError (uncaught).
print(int(1e308))
x = float("inf")
print(x)
print(int(x))
