# Checks that float() of an int at or above 2**1024 raises OverflowError: int too large to convert to float.
print(float(2 ** 1023), float(2 ** 1024 - 2 ** 970))
print(float(2 ** 1024 - 2 ** 969))
