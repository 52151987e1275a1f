# molt: expect=reject MOLT0003
# Uses a dict literal, which this slice does not support.
d = {"a": 1}
print(len(d))
