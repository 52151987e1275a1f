# molt: expect=reject MOLT0004
# Uses a str method Molt does not implement yet (.encode(): no bytes type).
print("abc".encode())
