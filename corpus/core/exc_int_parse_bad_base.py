# Checks that int(s, base) with a digit out of range for the base raises ValueError (uncaught).
print(int("12", 3))
print(int("19", 8))
