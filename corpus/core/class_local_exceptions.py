# Exception classes defined inside functions: raised, caught outside, printed by qualified name in the traceback.
def make_errors():
    class AppError(Exception):
        pass
    class NotFound(AppError):
        def __init__(self, key):
            super().__init__(f"missing {key}")
            self.key = key
    return AppError, NotFound

AppError, NotFound = make_errors()
try:
    raise NotFound("user:1")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, repr(e))
print(NotFound, issubclass(NotFound, AppError), isinstance(NotFound("k"), Exception))
Other, _ = make_errors()
try:
    raise Other("x")
except AppError:
    print("wrong: another run's class")
except Other as e:
    print("caught the other run's class", e)

def check(items):
    class Invalid(ValueError):
        pass
    for item in items:
        if item < 0:
            raise Invalid(f"negative: {item}")
    return sum(items)
print(check([1, 2]))
try:
    check([1, -2])
except ValueError as e:
    print(type(e).__qualname__, e)
check([-5])
