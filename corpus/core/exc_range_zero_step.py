# Checks that range() with a zero step raises ValueError (uncaught).
for i in range(0, 3, 1):
    print(i)
for i in range(0, 3, 0):
    print(i)
