# issubclass with user classes, exception classes, builtin types and tuples of them, with CPython's TypeErrors for values that are not classes.
class Base:
    pass


class Mid(Base):
    pass


class Leaf(Mid):
    pass


class AppError(LookupError):
    pass


print(issubclass(Leaf, Base), issubclass(Base, Leaf), issubclass(Mid, Mid), issubclass(Leaf, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(str, (int, str)))
print(issubclass(AppError, LookupError), issubclass(AppError, Exception), issubclass(AppError, BaseException))
print(issubclass(AppError, (ValueError, TypeError)), issubclass(KeyError, (ValueError, LookupError)))
print(issubclass(type, object), issubclass(Base, type), issubclass(type(None), object))
print(issubclass(Leaf, (int, (str, Base))))
print(issubclass(int, (int, 1)))
for a, b in [(1, int), (int, 1), (Base, [Base]), (Base(), Base), (int, (str, 1))]:
    try:
        issubclass(a, b)
    except TypeError as e:
        print("TypeError:", e)
kinds = [ValueError, KeyError, ZeroDivisionError, AppError, RuntimeError]
print([k.__name__ for k in kinds if issubclass(k, LookupError)])
print([k.__name__ for k in kinds if issubclass(k, ArithmeticError)])
