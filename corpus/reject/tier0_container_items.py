# Tier 0 rejects a value whose type inference cannot prove: container items are not typed yet
# molt: tier=0
# molt: expect=reject MOLT0008
xs = [1, 2, 3]
total = 0
for i in range(3):
    total += xs[i]
print(total)
