# `**` with a float operand takes an inline path for a positive finite base and a finite exponent; every other case (zero, negative or infinite bases, NaN, overflow, two ints, bools) must give CPython's result or exception.
def powers(pairs):
    for a, b in pairs:
        try:
            r = a ** b
            print(repr(a), repr(b), repr(r), type(r).__name__)
        except (ZeroDivisionError, OverflowError, ValueError, NotImplementedError) as e:
            print(repr(a), repr(b), type(e).__name__, e)


inf = float("inf")
nan = float("nan")
powers([(2.0, 0.5), (10.0, -1.5), (0.25, 3), (3, 0.5), (2, -2.0), (1.0, 1e308), (1.5, 1e-300)])
powers([(2.0, 10000.0), (10.0, -400.0), (1e300, 2), (0.5, 1100.0), (1e-300, 1e-300)])
powers([(0.0, 2.0), (0.0, -1.0), (-0.0, 3.0), (-2.0, 3.0), (-2.0, 2), (-1.0, inf)])
powers([(inf, 2.0), (inf, -1.0), (-inf, 3.0), (2.0, inf), (0.5, inf), (2.0, -inf), (nan, 0.0), (nan, 1.0), (1.0, nan), (2.0, nan)])
powers([(2, 10), (2, -1), (-3, 3), (True, 0.5), (2.0, True), (False, 2.0), (7, 0.0), (2 ** 70, 0.5), (2.0, 2 ** 70)])
x = 1.0
acc = 0.0
for i in range(1, 2000):
    x = x * 1.001
    acc += x ** -1.5 + (i * 0.5) ** 0.5
print(repr(acc), repr(x ** 2))
y = 3.0
y **= 2
print(y, 4 ** 0.5, (-4) ** 2, 2 ** -1)
