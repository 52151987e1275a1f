# Checks truthiness of ints, floats, strings, None, tuples and ranges in if/while/not.
for v in (0, 1, -1, 0.0, -0.0, 0.1, "", "a", " ", None, True, False, 2 ** 100, (), (0,), range(0), range(1), float("nan")):
    if v:
        print(repr(v), "truthy", not v)
    else:
        print(repr(v), "falsy", not v)
n = 5
while n:
    print("n =", n)
    n -= 1
s = "abc"
while s:
    print(s)
    s = s[1:]
print(not 0, not not 0, not "", not None, not 1 == 2)
