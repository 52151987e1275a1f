# Checks that hex() of a float raises TypeError: 'float' object cannot be interpreted as an integer.
print(hex(255), hex(-2 ** 64), oct(8), bin(-5))
print(hex(2.0))
