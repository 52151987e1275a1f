# Two built-in exception bases with different instance layouts cannot be combined (CPython's TypeError); compatible ones can.
class Lookup(KeyError, IndexError):
    pass

try:
    raise Lookup("k")
except IndexError as e:
    print("caught as IndexError:", repr(e), str(e))
try:
    raise Lookup("k")
except KeyError as e:
    print("caught as KeyError:", repr(e))

class Both(NameError, AttributeError):
    pass

print("not reached")
