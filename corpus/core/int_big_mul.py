# Checks multiplication of big ints with mixed signs and growth across many steps.
a = 123456789012345678901234567890
b = -987654321098765432109876543210
print(a * b, a * a, b * b, a * -1, b * 0)
print(2 ** 64 * 2 ** 64, (2 ** 64 - 1) * (2 ** 64 - 1))
print(9223372036854775807 * 9223372036854775807)
print(-9223372036854775808 * -9223372036854775808)
print(4294967296 * 4294967296, 4294967295 * 4294967297)
p = 1
i = 1
while i <= 40:
    p = p * (i * 1000003)
    print(i, p)
    i += 1
q = -1
for k in range(1, 15):
    q *= -(10 ** k) - 7
    print(k, q)
print(p * q, q * p == p * q)
print(3 * 10 ** 50 * 7, (10 ** 30 + 1) * (10 ** 30 - 1))
