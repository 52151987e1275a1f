# Checks that len() of an int raises TypeError: object of type 'int' has no len().
print(len("abc"), len(range(10)), len((1, 2)))
x = 2 ** 64
print(len(x))
