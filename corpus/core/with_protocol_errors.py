# Objects without __enter__ or __exit__ raise CPython 3.11's TypeErrors; __exit__ is looked up before __enter__ runs, and an error in __enter__ skips the body and __exit__.
class OnlyEnter:
    def __enter__(self):
        print("never entered")
        return self

class OnlyExit:
    def __exit__(self, *args):
        return False

class BadEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")

    def __exit__(self, *args):
        print("exit not called")

for m in [42, "text", OnlyEnter(), OnlyExit(), BadEnter()]:
    try:
        with m:
            print("body not reached")
    except (TypeError, RuntimeError) as e:
        print("error:", e)
with OnlyExit():
    pass
