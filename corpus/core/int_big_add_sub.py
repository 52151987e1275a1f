# Checks addition and subtraction of ints far beyond 2**64, including sign changes and carries.
a = 2 ** 64
b = 2 ** 64 - 1
print(a, b, a + b, a - b, b - a)
print(a + 1, a - 1, -a - 1, -a + 1)
c = 18446744073709551615
print(c + 1, c + c, c - c, -c - c)
d = 10 ** 40
print(d + 1, d - 1, 1 - d, -d - 1)
e = 2 ** 200 + 12345678901234567890
print(e, e - 2 ** 200, e + e, e - e - e)
x = 0
i = 0
while i < 20:
    x = x + 2 ** (i * 13) - 3 ** i
    print(i, x)
    i += 1
print(x - x, -x, x + -x)
big = 99999999999999999999999999999999999999
print(big + 1, big + big, -big - 1)
print(2 ** 63 + 2 ** 63, 2 ** 63 - 2 ** 64, -(2 ** 63) - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
