# molt: expect=reject
# Uses an f-string, which this slice does not support.
name = "Molt"
print(f"hello {name}")
