# Checks str/repr/int() round trips and hex/oct/bin output for ints at 2**47, 2**48, 2**63, 2**64 and negatives.
vals = (0, 1, -1, 2 ** 47 - 1, 2 ** 47, -(2 ** 47), -(2 ** 47) - 1, 2 ** 48, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1, 2 ** 64 - 1, 2 ** 64, -(2 ** 64), 10 ** 19, 10 ** 20)
for v in vals:
    s = str(v)
    print(s, repr(v), len(s), int(s) == v, hex(v), oct(v), bin(v)[:12], len(bin(v)))
    print("  ", int(hex(v), 16) == v, int(oct(v), 0) == v, int(bin(v), 2) == v, int(hex(v), 0) == v, int(s, 36) if len(s) < 25 else 0)
for s in ("9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "140737488355327", "140737488355328", "-140737488355328", "-140737488355329"):
    n = int(s)
    print(s, n, n + 1, n - 1, -n, int("  " + s + "\n"), int(s, 10) == n)
for b in (2, 3, 8, 16, 36):
    print(b, int("1" * 64, b) if b < 36 else int("z" * 13, b), int("-" + "1" * 48, b))
print(int("0x_7fff_ffff_ffff_ffff", 0), int("0b" + "1" * 64, 0), int("0o1777777777777777777777", 0), int("+0X8000000000000000", 16))
