# Checks that float('1.2.3') raises ValueError quoting the string (uncaught).
print(float("1.5"))
print(float(" -2e2 "))
print(float("1.2.3"))
