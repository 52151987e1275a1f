# Checks unary -, +, ~, not and operator precedence/associativity (** right-assoc, -x**2, shifts vs arithmetic, etc.).
x = 5
print(-x, +x, ~x, not x, --x, -+-x, ~~x, -~x, ~-x, not not x)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2, 2 ** 3 ** 2, (2 ** 3) ** 2, -3 ** 0)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3), 100 // 10 // 3, 100 // (10 // 3), 2 * 3 % 4, 2 * (3 % 4))
print(1 << 2 + 3, (1 << 2) + 3, 1 | 2 & 3, (1 | 2) & 3, 1 ^ 3 | 4, 6 & 3 ^ 1, ~1 + 1, -1 >> 1 << 1)
print(1 + 2 < 4, 3 & 1 == 1, (3 & 1) == 1, not 1 == 2, not 1 + 1, 2 < 3 == True)
print(-0.0 ** 2, (-0.0) ** 2, -2.0 ** 0.5, 2 ** -0.5, +True, -False, ~True)
print(5 - -3, 5 + -3, 5 * -3, 5 ** -1, - - - 3, 7 // -2 * -2, -7 % 3 ** 2)
