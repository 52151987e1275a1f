# Checks str() and repr() of ints, floats, bools, None and strings, plus chr/ord round trips.
for v in (0, -5, 2 ** 70, 1.0, -2.5, 1e100, 0.1, True, None, "s", "it's", ""):
    print(str(v), repr(v), len(str(v)), len(repr(v)))
for c in (0, 9, 10, 32, 65, 97, 127, 160, 255, 256, 0x263A, 0xFFFF, 0x10000, 0x10FFFF):
    ch = chr(c)
    print(c, repr(ch), ord(ch) == c)
print(str("abc") == "abc", str(str(5)), repr(str(5)), str(repr(5)))
