# A user exception's args are its constructor's positional arguments unless __init__ calls super().__init__ with others; str() and repr() follow args.
class WithInit(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail

class WithSuper(Exception):
    def __init__(self, code):
        super().__init__(f"error {code}")
        self.code = code

class NoArgsSuper(Exception):
    def __init__(self, code):
        super().__init__()
        self.code = code

class Keyword(Exception):
    def __init__(self, msg, *, retry=False):
        super().__init__(msg)
        self.retry = retry

for e in [WithInit(1, "x"), WithSuper(2), NoArgsSuper(3), Keyword("slow", retry=True), Keyword("fast")]:
    print(repr(e), "|", str(e), "|", e.args)

w = WithInit(7, "seven")
print(w.code, w.detail)
k = Keyword("slow", retry=True)
print(k.retry, Keyword("x").retry)
e = ValueError("a", "b")
print(e.args, str(e), repr(e))
e.args = ["c"]
print(e.args, str(e), repr(e))
