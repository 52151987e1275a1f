# Subclasses of StopIteration end for loops from __next__, subclasses of KeyError format like KeyError, and a SystemExit subclass exits with its code.
class Done(StopIteration):
    pass

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise Done
        self.n -= 1
        return self.n

print(list(Countdown(3)))
for x in Countdown(2):
    print("tick", x)

class MissingSetting(KeyError):
    pass

try:
    raise MissingSetting("timeout")
except LookupError as e:
    print(str(e), repr(e), e.args)

class Shutdown(SystemExit):
    pass

print("shutting down")
raise Shutdown(3)
