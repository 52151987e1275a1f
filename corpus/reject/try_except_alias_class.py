# molt: expect=reject MOLT0002
# Names an exception class through a variable in an except clause; only built-in exception names are supported.
MyAlias = ValueError
try:
    int("x")
except MyAlias as e:
    print("caught", e)
