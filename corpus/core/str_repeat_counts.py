# Checks string repetition with zero, negative, bool, big-int-result and swapped-operand counts.
for n in (-(2 ** 62), -(2 ** 47), -5, -1, 0, 1, 2, 3, True, False):
    r = "ab" * n
    print(n, repr(r), len(r), repr(n * "xy"), repr("" * n))
s = "-=" * 20
print(s, len(s), s[::7], s[1::2] == "=" * 20)
x = "ab"
x *= 3
print(x)
x *= 0
print(repr(x), len(x), x == "")
y = "z"
for i in range(5):
    y = y * 2
    print(i, len(y), y[:3], y[-1])
print(len("é" * 1000), len("😀" * 999), ("é😀" * 500)[997:1003], "" * (2 ** 62))
k = 2 ** 48
print(len("" * k), repr("a" * (k - k)), repr("q" * -k))
