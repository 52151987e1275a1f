# molt: expect=reject MOLT0003
# Uses a set literal, which this slice does not support.
s = {1, 2, 3}
print(len(s))
