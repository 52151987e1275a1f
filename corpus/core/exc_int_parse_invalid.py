# Checks that int('abc') raises ValueError with the literal repr in the message (uncaught).
print(int("123"))
print(int(" -45 "))
print(int("abc", 16))
x = int("abc")
print("not reached", x)
