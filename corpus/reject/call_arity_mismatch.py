# molt: expect=reject MOLT0005
# Calls a function with more positional arguments than it accepts (CPython would raise TypeError only if the call ran).
def f(a, b=2):
    return a + b
print(f(1))
if len("abc") > 5:
    print(f(1, 2, 3))
