# Checks tuple literals, nesting, indexing/slicing (huge and bool indices), in, comparison, concatenation, repetition and unpacking.
t = (1, "a", 2.5, None, True, -0.0, 2 ** 64, (), ("x",), ((1, 2), 3))
print(t)
print(t[::-1], t[2:7:2], len(t), t[-1][0], t[-1][0][1])
print(() in t, ("x",) in t, 2 ** 64 in t, 1.0 in t, 0.0 in t, False in t, "b" in t, (1, 2) in t)
print((1,), (), ((),), (1, (2, (3, (4,)))), ("it's", 'q"', "\n"), (1.0, -0.0, float("nan"), 1e16))
print(t[True], t[False:True], t[-True], t[2 ** 64:], t[-(2 ** 64):3], t[::2 ** 70], t[::-(2 ** 70)])
a, b = "xy"
c, d = divmod(-17, 5)
e, g = (3, (4, 5))
print(a, b, c, d, e, g, g[1])
a, b = b, a
print(a, b)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2 ** 64, "a") > (2 ** 64, "A"), (1, 2) != (1, 2.0))
print((1, "b") < (1, "c"), (0.5, 2) <= (0.5, 2), (float("nan"),) == (float("nan"),), (-0.0,) == (0.0,))
print(max((3, 1, 2)), min(("b", "a", "c")), max(("é", "e", "z")), min((2 ** 64, -(2 ** 64), 0.5)))
x = (1, 2) + (3,)
x += (4,)
print(x, x * 2, 0 * x, x * -1, x[1:3] * 3, x * True)
acc = ()
for i in range(6):
    acc = acc + (i * i,)
print(acc, len(acc), acc[-2], 16 in acc, 17 not in acc)
total = 0
for v in acc:
    total += v
print(total)
def minmax(s):
    return min(s), max(s)
lo, hi = minmax((5, -3, 2 ** 47, 7.5))
print(lo, hi, minmax("molt"), minmax(range(-4, 9, 3)))
