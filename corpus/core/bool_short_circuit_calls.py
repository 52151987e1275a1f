# Checks that and/or/not and conditional expressions short-circuit calls with side effects and return operands.
def t(tag, x):
    print("call", tag, repr(x))
    return x
print(t(1, 0) and t(2, 5))
print(t(1, 3) and t(2, 5))
print(t(1, 0) or t(2, "") or t(3, None))
print(t(1, "") or t(2, "hit") or t(3, "miss"))
print(t(1, 1) and t(2, 0.0) or t(3, "fallback"))
print(t(1, None) and t(2, 1) or t(3, 0) and t(4, 2))
print(not t(1, "") and t(2, 2 ** 64))
print(t("c", 0) if t("cond", False) else t("d", -0.0))
print(t("c", 0) if t("cond", ()) else t("d", (0,)))
print(t("c", 1) if t("cond", "0") else t("d", 2))
x = t(1, 0) or t(2, 0.0) or t(3, "") or t(4, ()) or t(5, range(0)) or t(6, -0.0)
print(repr(x))
y = t(1, 2 ** 47) and t(2, -(2 ** 63)) and t(3, 0.1) and t(4, "s") and t(5, (0,))
print(y)
if t("i1", 0) or (t("i2", 1) and t("i3", 0)):
    print("taken")
else:
    print("not taken")
k = 0
while k < 3 and t("w", k) != 2:
    k += 1
print("k", k)
def both(a, b):
    return a and b, a or b
for a in (0, 1, "", "a", None, 0.0, 2 ** 100):
    print(both(a, "B"), both("A", a))
