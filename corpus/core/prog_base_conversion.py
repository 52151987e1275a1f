# Realistic: converting ints (incl. negative and huge) to arbitrary bases 2..36 with % and //, checked against int(s, base).
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, base):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n > 0:
        n, r = divmod(n, base)
        out = DIGITS[r] + out
    return sign + out
for n in (0, 1, -1, 255, -255, 1000, 65535, 2 ** 64, -(2 ** 64) + 1, 3 ** 100):
    for base in (2, 3, 8, 10, 16, 36):
        s = to_base(n, base)
        print(n, base, s, int(s, base) == n)
print(to_base(2 ** 64, 16) == hex(2 ** 64)[2:], to_base(-255, 8) == "-" + oct(255)[2:], to_base(12345, 2) == bin(12345)[2:])
def from_base(s, base):
    v = 0
    for ch in s:
        v = v * base + (ord(ch) - 48 if ch <= "9" else ord(ch) - 87)
    return v
print(from_base("zz", 36), from_base("ff", 16), from_base("777", 8), from_base("1" * 70, 2))
