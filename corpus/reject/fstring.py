# molt: expect=reject MOLT0003
# Uses an f-string, which this slice does not support.
name = "Molt"
print(f"hello {name}")
