# one underscore may follow a base prefix (0x_ff); two in a row may not
print(int('0x_ff', 16), int('0b_1_0', 0), int('0o_7', 8), int(' 0X_f ', 0))
print(int('0X__0', 16))
