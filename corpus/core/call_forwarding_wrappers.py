# Decorators forward *args and **kwargs to the wrapped function; retries, logging and timing-style wrappers compose.
def logged(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"-> {fn.__name__}({', '.join(parts)})")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper

def retry(times):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
                    last = e
            raise last
        return wrapper
    return decorate

calls = [0]

@logged
@retry(3)
def flaky(x, scale=1):
    calls[0] += 1
    if calls[0] < 3:
        raise ValueError(f"not yet ({calls[0]})")
    return x * scale

print(flaky(5, scale=3))

@logged
def greet(name, *, punctuation="!"):
    return "hello " + name + punctuation

greet("ada")
greet(name="bob", punctuation="?")

def partial(fn, *fixed, **fixed_kw):
    def call(*args, **kwargs):
        merged = dict(fixed_kw)
        merged.update(kwargs)
        return fn(*fixed, *args, **merged)
    return call

def fmt(sep, *words, upper=False):
    s = sep.join(words)
    return s.upper() if upper else s

dash = partial(fmt, "-", upper=True)
print(dash("a", "b", "c"), dash(), partial(fmt, "+")("x", "y"))

class Recorder:
    def __init__(self):
        self.seen = []

    def record(self, *events, **tags):
        self.seen.append((events, tags))
        return len(self.seen)

r = Recorder()
args = ("start", "stop")
print(r.record(*args, user="u1"), r.record(), r.record(*[], **{}))
print(r.seen)
