# molt: expect=reject MOLT0004
# Uses a bytes method Molt does not implement yet (.translate()).
print(b"abc".translate(None, b"b"))
