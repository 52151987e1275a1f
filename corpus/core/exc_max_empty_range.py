# Checks that max() of an empty range raises ValueError (uncaught).
print(max(range(3)), min(range(3, 0, -1)))
print(max(range(0)))
