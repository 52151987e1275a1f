# dict.fromkeys: keys from any iterable, one shared value, CPython's errors
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]), dict.fromkeys(range(3), "x"))
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
print(dict.fromkeys([1, 1.0, True, 2]), dict.fromkeys((k for k in "hello")))


def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)


attempt(lambda: dict.fromkeys())
attempt(lambda: dict.fromkeys(1, 2, 3))
attempt(lambda: dict.fromkeys(5))
attempt(lambda: dict.fromkeys([[1]]))
attempt(lambda: dict.fromkeys([1], value=2))
