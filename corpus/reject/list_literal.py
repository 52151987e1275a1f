# molt: expect=reject MOLT0003
# Uses a list literal, which this slice does not support.
xs = [1, 2, 3]
print(len(xs))
