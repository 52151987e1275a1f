# Misusing exception classes raises CPython's TypeErrors: raising or catching a non-exception class, keyword arguments to an __init__-less exception.
class NotAnError:
    pass

class Plain(Exception):
    pass

try:
    raise NotAnError
except TypeError as e:
    print("raise:", e)

try:
    raise NotAnError()
except TypeError as e:
    print("raise instance:", e)

try:
    try:
        raise Plain("x")
    except NotAnError:
        print("not reached")
except TypeError as e:
    print("catch:", e)

try:
    Plain(code=1)
except TypeError as e:
    print("kwargs:", e)

try:
    ValueError(code=1)
except TypeError as e:
    print("builtin kwargs:", e)

p = Plain("y")
try:
    print(p.missing)
except AttributeError as e:
    print("attr:", e)
try:
    raise Plain("z") from 5
except TypeError as e:
    print("cause:", e)
try:
    raise Plain("z") from NotAnError
except TypeError as e:
    print("cause class:", e)
