# Checks int(str) with whitespace, underscores, signs, leading zeros, huge values and explicit bases.
for s in ("0", "-0", "+0", "42", "  42  ", "\t-17\n", "+123", "1_000_000", "-1_2_3", "007", "000", "123456789012345678901234567890", "-99999999999999999999999"):
    print(repr(s), int(s))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("-0x1F", 16), int("0xFF", 0))
print(int("777", 8), int("0o777", 0), int("0o17", 8), int("-0o17", 0))
print(int("1010", 2), int("0b1010", 0), int("-0b1_0_1", 0), int("0b11", 2))
print(int("z", 36), int("ZZ", 36), int("zz_zz", 36), int("10", 36), int("  11  ", 3))
print(int("0", 0), int("00", 0), int("123", 0), int("1_0", 0))
print(int("1" * 100, 2), int("f" * 40, 16))
print(int(True), int(False), int(-5), int(2 ** 80))
