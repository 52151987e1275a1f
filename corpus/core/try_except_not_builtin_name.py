# An except clause naming an undefined class is evaluated only when an exception reaches it (CPython never evaluates it here).
try:
    print("no exception, so the clause is never evaluated")
except ParseError:
    print("not reached")
