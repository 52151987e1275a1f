# Checks int() of decimal text on both sides of the runtime's plain-digits fast path: signs, leading zeros, 18 and 19 digits, spaces, underscores, prefixes, empty and non-ASCII digits, and base 0.
for t in ["0", "-0", "+5", "007", "123456789012345678", "1234567890123456789", "-999999999999999999", " 42 ", "4_2", "0x10", "", "-", "+", "1e3", "١٢", "00"]:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)
for t, b in [("00", 0), ("0", 0), ("10", 0), ("010", 0), ("ff", 16), ("-12", 0)]:
    try:
        print(repr(t), b, int(t, b))
    except ValueError as e:
        print(repr(t), b, "ValueError", e)
