# molt: expect=reject MOLT0005
# keyword arguments to methods are not supported yet
xs = [1, 2, 3]
if len(xs) > 5:
    xs.pop(index=0)
print(xs)
