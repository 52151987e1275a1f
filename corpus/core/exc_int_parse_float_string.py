# Checks that int() of a float-looking string raises ValueError with the repr of the string.
print(int("  42  "), int("-0"), int("1_000"), int(float("1.5")))
print(int("1.5"))
