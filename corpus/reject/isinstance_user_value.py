# molt: expect=reject MOLT0003
# Built-in types such as int are not values yet, so a tuple of them cannot be kept in a variable for isinstance().
kinds = (int, float)
print(isinstance(1, kinds))
