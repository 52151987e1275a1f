# Checks that dividing huge ints whose quotient exceeds float range raises OverflowError (uncaught).
print(10 ** 400 / 10 ** 100)
print(2 ** 1023 / 1)
print(10 ** 400 / 3)
