# Checks that divmod of a float by zero raises ZeroDivisionError: float divmod().
print(divmod(7.5, 2), divmod(-7.5, 2.0))
z = 0.0
print(divmod(2 ** 60, z))
