# Checks that chr() of an int beyond C int range raises OverflowError: Python int too large to convert to C int.
print(chr(65), chr(0x10FFFF) == "\U0010ffff", ord(chr(955)))
print(chr(2 ** 64))
