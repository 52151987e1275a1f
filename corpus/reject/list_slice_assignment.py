# molt: expect=reject MOLT0002
# slice assignment is not supported yet
xs = [1, 2, 3]
if len(xs) > 5:
    xs[1:2] = [7, 8]
print(xs)
