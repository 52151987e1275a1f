# Checks that call arguments, operands and keyword arguments are evaluated left to right.
def t(label, v):
    print("eval", label)
    return v
def three(a, b, c=0):
    return a * 100 + b * 10 + c
print(three(t("a", 1), t("b", 2), t("c", 3)))
print(three(t("x", 1), c=t("z", 3), b=t("y", 2)))
print(t("l", 2) ** t("r", 3), t("l2", 10) - t("r2", 4) * t("r3", 2))
print(t("p1", "a"), t("p2", "b"), sep=t("sep", "-"), end=t("end", "!\n"))
