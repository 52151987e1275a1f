# molt: expect=reject MOLT0003
# Unpacking with * in a set display is not supported yet.
a = [1, 2]
print({*a, 3})
