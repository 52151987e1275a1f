# isinstance with built-in classes and tuples of them; bool is an int, ints are not floats
values = [1, True, 2.5, 'x', [1], {'a': 1}, (1,), range(3), None, 2 ** 80]
for v in values:
    print(repr(v), isinstance(v, int), isinstance(v, bool), isinstance(v, float), isinstance(v, (int, float)),
          isinstance(v, str), isinstance(v, (list, tuple)), isinstance(v, dict), isinstance(v, range), isinstance(v, object))
print(isinstance(ValueError('x'), ValueError), isinstance(KeyError('k'), LookupError), isinstance(KeyError('k'), (TypeError, ArithmeticError)))
def describe(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, (int, float)):
        return 'number'
    if isinstance(x, str):
        return 'text'
    return 'other'
print([describe(v) for v in values])
