# molt: expect=reject MOLT0001
# yield at module level is CPython's SyntaxError.
x = 1
yield x
