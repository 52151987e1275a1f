# Call-site unpacking errors carry CPython's messages: a non-iterable after *, a non-mapping after **, non-string keys and repeated keywords.
def f(*args, **kwargs):
    return args, kwargs

class Service:
    def handle(self, *args):
        return args

def nested():
    def inner(*a):
        return a
    return inner

cases = [
    lambda: f(*5),
    lambda: f(*None),
    lambda: f(**[1]),
    lambda: f(**{1: 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: Service().handle(*3),
    lambda: nested()(*1.5),
    lambda: Service(*[1]),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)
