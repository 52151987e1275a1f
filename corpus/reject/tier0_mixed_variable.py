# Tier 0 rejects a variable assigned values of two types
# molt: tier=0
# molt: expect=reject MOLT0008
x = 1
if len("ab") > 1:
    x = "two"
print(x)
