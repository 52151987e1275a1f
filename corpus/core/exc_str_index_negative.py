# Checks that a too-negative string index raises IndexError (uncaught).
s = "abc"
print(s[-3])
print(s[-4])
