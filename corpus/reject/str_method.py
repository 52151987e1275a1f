# molt: expect=reject MOLT0004
# Uses a str method Molt does not implement yet (.format_map()).
print("abc {x}".format_map({"x": 1}))
