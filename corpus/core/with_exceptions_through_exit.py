# An exception in a with body reaches __exit__ with its type and value; a true result suppresses it, a false one lets it propagate, and __exit__'s own errors replace it.
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type, repr(exc), tb is not None)
        if exc_type is None:
            return False
        return  isinstance(exc, self.kinds)

for kinds in [(KeyError,), (ValueError, KeyError), (TypeError,)]:
    try:
        with Suppress(kinds[0]) as s:
            print("body", len(kinds))
            {}["missing"]
            print("not reached")
        print("after with: suppressed")
    except KeyError as e:
        print("propagated", repr(e))

class Transaction:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("begin")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("commit")
        else:
            self.log.append("rollback " + str(exc))
        return None

log = []
try:
    with Transaction(log):
        log.append("insert")
        raise RuntimeError("disk full")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)

class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise ValueError("exit failed")

try:
    with Faulty():
        raise KeyError("original")
except ValueError as e:
    print(repr(e), repr(e.__context__))

class AppError(Exception):
    pass

class Guard:
    def __enter__(self):
        return "guarded"

    def __exit__(self, exc_type, exc, tb):
        print("guard exit", exc_type, exc)
        return exc_type is AppError

with Guard() as g:
    raise AppError("swallowed")
print("continued after", g)
with Guard():
    raise KeyError("escapes")
