# Generator expressions that tuple(), list(), set(), frozenset(), sorted() and str.join
# consume whole are built inline: the same values, evaluation order and errors as a
# generator, including PEP 479 (a StopIteration escaping the body becomes RuntimeError).
def squares(xs):
    return tuple(x * x for x in xs)


def log(tag, v):
    print("eval", tag, v)
    return v


print(squares([1, 2, 3]), squares(range(4)), squares(()))
print(list(log("l", x) for x in range(3) if x != 1))
print(sorted(-x for x in [3, 1, 2]))
print(set(x % 3 for x in range(10)))
print(frozenset(x % 4 for x in range(10)))
print(", ".join(str(x) for x in range(5)))
print(tuple((x, y) for x in range(3) for y in range(x)))
base = 10
print(list(base + x for x in range(3)))


def first_iterable_is_evaluated_first():
    return tuple(log("elt", x) for x in log("iter", [1, 2]))


print(first_iterable_is_evaluated_first())


def stops(it):
    return tuple(next(it) for _ in range(5))


try:
    stops(iter([1, 2]))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def raises_other(xs):
    return list(1 // x for x in xs)


try:
    raises_other([1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class StopsAtIter:
    def __iter__(self):
        raise StopIteration


try:
    tuple(x for x in StopsAtIter())
except StopIteration:
    print("StopIteration from __iter__ is raised where the generator is made")
except RuntimeError:
    print("wrong: converted")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(tuple(x for x in Countdown(3)), set(x for x in Countdown(2)))
try:
    print(", ".join(x for x in [1, 2]))
except TypeError as e:
    print("TypeError:", e)
print(tuple(next(iter([])) for _ in []))
print(stops(iter([1])))
