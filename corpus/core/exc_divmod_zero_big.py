# Checks that floor division of a huge negative int by zero raises ZeroDivisionError: integer division or modulo by zero.
a = -(2 ** 100)
print(a // 3, a % 3, divmod(a, -7))
print(a // (a - a))
