# molt: expect=reject MOLT0003
# generator expressions are lazy; Molt rejects them until generators exist
xs = [1, 2, 3]
print(sum(x * x for x in xs))
