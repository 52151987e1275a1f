# Inline fast paths for small ints and floats at their edges: 48-bit boundaries, floor
# division and modulo signs, shifts, mixed int/float, NaN and signed zero, zero divisors
B = 2 ** 47
edges = [0, 1, -1, 7, -7, B - 1, -B, B, -B - 1, 2 ** 63, -(2 ** 63), 3 * B]


def ints(xs, ys):
    for a in xs:
        for b in ys:
            out = [a + b, a - b, a * b, a & b, a | b, a ^ b]
            if b != 0:
                out.append(a // b)
                out.append(a % b)
            if 0 <= b < 70:
                out.append(a >> b)
            print(a, b, out)


ints(edges, edges)
ints(edges, [0, 1, 2, 47, 48, 63, 64, 65, 69])
for a in [-B, B - 1, -1]:
    for b in [-1, 1, 2, -2]:
        print(a // b, a % b, a * b)

floats = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, float("inf"), float("-inf"), float("nan"), 5e-324]
for x in floats:
    for y in floats + [0, 3, -B, B - 1]:
        r = [x + y, x - y, x * y, y - x]
        if y != 0:
            r.append(x / y)
        print(repr(x), repr(y), r, x < y, x <= y, x == y, x != y, x > y, x >= y)

nan = float("nan")
z = nan - nan
print(z, z == z, z != z, -z, [z][0] is z)
inf = float("inf")
w = inf - inf
print(w, -w, abs(w), w * 0)
print(-0.0 * 5, 0.0 * -5, -0.0 + 0.0, -0.0 - 0.0, 1 / -inf)

print(7 / 2, -7 / 2, 7 / -2, B / 3, (B - 1) / (B - 1), 1 / 3)
print(3 < 3.5, 3.5 < 3, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 60 < 1.5e18, True + 1.5, 2.0 * True)

for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0), (B, 0)]:
    for op in ("/", "//", "%"):
        try:
            if op == "/":
                print(a / b)
            elif op == "//":
                print(a // b)
            else:
                print(a % b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)

try:
    print(5 >> -1)
except ValueError as e:
    print("ValueError", e)

acc = 0
f = 0.0
for i in range(-300, 300):
    acc += i * i * i
    acc -= i // 7
    acc ^= i
    f += i * 0.5
    f -= i / 3
    if i % 97 == 0:
        print(i, acc, f)
print(acc, f, acc > f, f < acc, acc == float(acc))

big = 1
for i in range(70):
    big *= 3
    big += i
print(big, big // 7, big % 7, big > 1.5, big < 1e40)
x = True
y = x + x
print(y, x * 5, x & True, x | False, x ^ x, -x, x - 2)
