# Checks conditional expressions, nested and with side effects only in the chosen branch.
def side(label, val):
    print("side", label)
    return val
for i in range(-3, 4):
    print(i, "neg" if i < 0 else "zero" if i == 0 else "pos", i if i % 2 else -i)
print(side("a", 1) if True else side("b", 2))
print(side("c", 1) if False else side("d", 2))
x = 10
y = (x // 3 if x > 5 else x * 3) + (1 if x else 0)
print(y)
print("even" if x % 2 == 0 else "odd", abs(x - 20) if x < 20 else x - 20)
z = None
print("none" if z is None else z, 0 if z else 1, (2 ** 100 if x else 0) + 1)
