# getattr (with and without a default), setattr and hasattr on instances, classes and builtin values; only AttributeError is caught by a default; non-str names raise CPython's TypeError.
class Config:
    retries = 3

    def __init__(self):
        self.host = "localhost"

    @property
    def broken(self):
        raise ValueError("bad property")

    def describe(self):
        return f"{self.host}:{self.retries}"


c = Config()
print(getattr(c, "host"), getattr(c, "retries"), getattr(Config, "retries"), getattr(c, "port", 8080))
for name in ["host", "port", "retries", "describe"]:
    print(name, hasattr(c, name))
setattr(c, "port", 9000)
setattr(c, "host", "example.org")
print(c.port, getattr(c, "port", 0), c.describe(), getattr(c, "describe")())
setattr(Config, "retries", 5)
print(Config.retries, c.retries)
print(getattr(5, "real"), getattr("abc", "upper")(), hasattr([], "append"), hasattr([], "push"), getattr(1.5, "imag"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, "broken", None)
except ValueError as e:
    print("ValueError:", e)
try:
    hasattr(c, "broken")
except ValueError as e:
    print("ValueError:", e)
for args in [(c, 1), (c,), (c, "a", 1, 2)]:
    try:
        getattr(*args)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: setattr(c, 1, 2), lambda: setattr(c, "x"), lambda: hasattr(c, None), lambda: setattr(5, "x", 1), lambda: setattr(int, "x", 1)]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
fields = ["host", "port"]
print({f: getattr(c, f) for f in fields})
