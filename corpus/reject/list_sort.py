# molt: expect=reject MOLT0004
# list.sort is not implemented yet: the call is rejected rather than raising AttributeError
xs = [3, 1, 2]
if len(xs) > 5:
    xs.sort()
print(xs)
