# Checks that 'a' + 1 raises TypeError (uncaught).
print("a" + "1")
print(1 + 1)
x = "a" + 1
print(x)
