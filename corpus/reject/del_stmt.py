# molt: expect=reject MOLT0002
# Uses the del statement, which this slice does not support.
x = 5
del x
print("deleted")
