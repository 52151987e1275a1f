# molt: expect=reject MOLT0003
# isinstance's class argument must name built-in classes directly
kinds = (int, float)
print(isinstance(1, kinds))
