# Checks default arguments (immutable defaults) and keyword arguments at call sites in any order.
def power(base, exp=2, mod=None):
    if mod is None:
        return base ** exp
    return pow(base, exp, mod)
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
def span(lo=0, hi=10, step=1):
    s = 0
    for i in range(lo, hi, step):
        s += i
    return s
print(power(3), power(3, 3), power(3, exp=4), power(base=2, exp=100), power(2, 100, 97), power(exp=5, base=-2), power(7, mod=5))
print(greet("Ada"), greet("Grace", "Hi"), greet("Alan", punct="?"), greet(punct=".", name="Bob"), greet("中文", greeting="你好"))
print(span(), span(5), span(hi=5), span(step=3), span(2, step=2), span(hi=-10, step=-1), span(10, 0, -2))
def f(a, b=2 ** 70, c=-0.5, d="x", e=True, g=(1, 2)):
    print(a, b, c, d, e, g)
f(0)
f(1, 2)
f(1, c=3, g=(4,))
f(e=False, a="first")
