# Exception classes are values: kept in lists, tuples and dict keys, compared by identity, called to make instances and used in except clauses.
class AppError(Exception):
    pass

class Timeout(AppError):
    pass

RETRYABLE = (Timeout, KeyError)
MESSAGES = {KeyError: "missing key", Timeout: "timed out", ValueError: "bad value"}

def attempt(i):
    kinds = [KeyError, Timeout, ValueError, AppError]
    raise kinds[i % 4](f"attempt {i}")

for i in range(6):
    try:
        attempt(i)
    except RETRYABLE as e:
        print("retry", i, repr(e))
    except (ValueError, AppError) as e:
        print("give up", i, repr(e))

print(MESSAGES[KeyError], MESSAGES[Timeout], KeyError in MESSAGES, IndexError in MESSAGES)
print(ValueError == ValueError, ValueError is ValueError, ValueError == TypeError, Timeout != AppError)
print(ValueError, Timeout, [LookupError, AppError])
print(ValueError.__name__, Timeout.__name__)
make = ValueError
print(repr(make("made", 1)))
