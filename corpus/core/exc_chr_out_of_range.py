# Checks that chr() beyond 0x10FFFF raises ValueError (uncaught).
print(repr(chr(0x10FFFF)))
print(chr(0x110000))
