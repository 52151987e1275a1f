# Checks float //, %, divmod for every sign combination, signed zero results, inf operands and int/float mixes.
for a in (7.5, -7.5, 7.0, -7.0, 0.0, -0.0, 1e-300, 1e300):
    for b in (2.0, -2.0, 0.75, -0.75, 3, -3, float("inf"), float("-inf")):
        print(a, b, a // b, a % b, divmod(a, b))
print(5 // 0.5, -5 // 0.5, 5 % -0.5, -5 % 0.5, 1 % 0.1, -1 % 0.1, 1 // 0.1)
print(1e16 % 3, -1e16 % 3, 2 ** 60 % 7.0, -(2 ** 60) // 7.0, 10 ** 20 // 3.5, -(10 ** 20) % 3.5)
print(float("inf") // 1, float("inf") % 1, float("-inf") // -2, 0.0 % -5, -0.0 % 5)
x = 100.0
for i in range(8):
    x = x // 1.7 if i % 2 == 0 else -x % 13.25
    print(i, x)
