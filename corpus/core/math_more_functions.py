# math: prod comb perm isclose fsum modf frexp ldexp expm1 log1p exp2 remainder dist
import math

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 21)), math.prod(["a", 2]), math.prod([2] * 70))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(60, 30), math.comb(1000, 3), math.comb(True, 1))
print(math.perm(5, 2), math.perm(5), math.perm(5, None), math.perm(3, 5), math.perm(30, 10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-300), math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan), math.isclose(1, 1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]), math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 5]), math.fsum([math.nan, 1.0]))
print(math.fsum([1e308, 1e308, -1e308]) if False else "-", math.fsum(x / 7 for x in range(100)))
print(math.modf(3.75), math.modf(-3.75), math.modf(-2.0), math.modf(0.0), math.modf(math.inf), math.modf(-math.inf), math.modf(math.nan), math.modf(5))
print(math.frexp(8.0), math.frexp(0.3), math.frexp(-1e-310), math.frexp(0.0), math.frexp(-0.0), math.frexp(math.inf), math.frexp(7))
print(math.ldexp(0.75, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(1.5, -1074), math.ldexp(3.0, 1023) if False else "-", math.ldexp(1.0, 1023), math.ldexp(-0.0, 5), math.ldexp(1.0, -10 ** 20), math.ldexp(math.inf, -5))
print(math.ldexp(0.9999999999999999, -1022), math.ldexp(1e-310, 60), math.ldexp(123.456, 0), math.ldexp(5, 2))
print(math.expm1(1e-10), math.expm1(1.0), math.log1p(1e-10), math.log1p(1.0), math.exp2(10), math.exp2(-1.5))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(5.0, 2.0), math.remainder(7.0, 2.0), math.remainder(-7.5, 2.0), math.remainder(3.0, math.inf), math.remainder(math.nan, 1.0))
print(math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5, 3.5], [0, 0, 0]), math.dist((), ()), math.dist((1,), (5,)), math.dist(iter([0, 0]), (1, 1)))


def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


attempt(lambda: math.comb(5, -1))
attempt(lambda: math.comb(-5, 1))
attempt(lambda: math.comb(1.5, 1))
attempt(lambda: math.perm(-1))
attempt(lambda: math.perm(-1, 2))
attempt(lambda: math.isclose(1, 2, 3))
attempt(lambda: math.prod(5))
attempt(lambda: math.fsum(["a"]))
attempt(lambda: math.fsum([1e308, 1e308]))
attempt(lambda: math.fsum([math.inf, -math.inf]))
attempt(lambda: math.ldexp(1.0, 1.5))
attempt(lambda: math.ldexp(1.0, 10 ** 30))
attempt(lambda: math.ldexp(1e308, 10))
attempt(lambda: math.expm1(1000))
attempt(lambda: math.exp2(2000))
attempt(lambda: math.log1p(-1))
attempt(lambda: math.log1p(-2))
attempt(lambda: math.remainder(1, 0))
attempt(lambda: math.remainder(math.inf, 1))
attempt(lambda: math.dist([1], [1, 2]))
attempt(lambda: math.dist((1,), ("a",)))
attempt(lambda: math.dist(1, 2))
attempt(lambda: math.isclose(1))
attempt(lambda: math.comb(5))
