# molt: expect=reject MOLT0004
# Uses a str method call (.upper()), which this slice does not support.
print("abc".upper())
