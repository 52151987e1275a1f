# Checks TypeError messages from mixing operand types, caught and printed.
def op(k, a, b):
    if k == "+":
        return a + b
    if k == "-":
        return a - b
    if k == "*":
        return a * b
    if k == "<":
        return a < b
    if k == "[]":
        return a[b]
    return a // b
cases = [
    ("+", 1, "a"), ("+", "a", 1), ("+", [1], (2,)), ("-", "x", "y"), ("*", "ab", "c"),
    ("<", 1, "a"), ("<", [1], 2), ("[]", "abc", "1"), ("[]", [1, 2], 1.0), ("//", None, 2),
    ("+", 1, 2), ("*", "ab", 3), ("[]", {"1": 5}, "1"),
]
for k, a, b in cases:
    try:
        print(k, repr(a), repr(b), "=", repr(op(k, a, b)))
    except TypeError as e:
        print(k, repr(a), repr(b), "TypeError:", e)
