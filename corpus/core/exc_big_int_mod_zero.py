# Checks that a huge int modulo zero raises ZeroDivisionError: integer modulo by zero.
a = 2 ** 64 + 7
print(a % 5, a % -5, -a % 5)
b = 2 ** 47
b -= 2 ** 47
print("divisor is", b)
print(a % b)
