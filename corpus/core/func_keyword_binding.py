# Calls through values bind keywords, keyword-only and positional-only parameters as CPython does, with its TypeError messages.
def f(a, b, /, c, *, d=4):
    return (a, b, c, d)
g = f
print(g(1, 2, 3), g(1, 2, c=3), g(1, 2, 3, d=5))
for call in [lambda: g(1, 2), lambda: g(1, b=2, c=3), lambda: g(1, 2, 3, 4), lambda: g(1, 2, 3, e=1), lambda: g(1, 2, 3, c=3)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def kw_only(*, x, y):
    return x - y
k = kw_only
print(k(y=1, x=5))
try:
    k(x=1)
except TypeError as e:
    print(e)
try:
    k()
except TypeError as e:
    print(e)
def three(a, b, c):
    return a + b + c
t = three
try:
    t(1)
except TypeError as e:
    print(e)
try:
    t()
except TypeError as e:
    print(e)
