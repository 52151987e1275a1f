# molt: expect=reject MOLT0002
# Names something other than a built-in exception class in an except clause (CPython evaluates it only on an exception).
try:
    print("no exception, so the clause is never evaluated")
except ParseError:
    print("not reached")
