# Checks that the @ operator on ints raises TypeError: unsupported operand type(s) for @: 'int' and 'int'.
a = 3
b = 4
print(a * b)
print(a @ b)
