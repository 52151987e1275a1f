# Checks that subtracting two strings raises TypeError: unsupported operand type(s) for -: 'str' and 'str'.
a = "abc"
b = "b"
print(a + b, a * 2, b in a)
print(a - b)
