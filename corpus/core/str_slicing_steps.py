# Checks string slicing with all combinations of positive/negative starts, stops and steps, out of range included.
s = "abcdefghij"
for start in (None, 0, 3, -3, 20, -20):
    for stop in (None, 0, 7, -2, 20, -20):
        for step in (None, 1, 2, 3, -1, -2, -4):
            print(start, stop, step, repr(s[start:stop:step]))
print(s[:], s[::], s[::-1], s[5:], s[:5], s[-1:], s[:-1], s[100:], s[-100:])
u = "αβγδεζηθ"
print(u[1:6:2], u[::-3], u[-2:1:-1], u[6:2], u[2:6])
print(repr(""[::-1]), repr("a"[::-1]), repr("ab"[5:1:-1]))
