# Checks that mixing a too-large int with a float raises OverflowError (uncaught).
print(float(2 ** 1023))
print(2 ** 1000 + 0.5)
print(2 ** 1024 + 0.5)
