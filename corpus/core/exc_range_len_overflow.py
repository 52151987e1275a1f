# Checks that len() of a range with more than sys.maxsize elements raises OverflowError (uncaught).
print(len(range(2 ** 62)))
print(2 ** 70 - 1 in range(2 ** 70))
print(len(range(2 ** 70)))
