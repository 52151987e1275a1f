# Checks that int() rejects doubled underscores with ValueError (uncaught).
print(int("1_000"))
print(int("1__000"))
