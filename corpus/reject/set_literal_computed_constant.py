# molt: expect=reject MOLT0003
# Whether CPython folds 2 ** 200 (a size limit) decides this display's order.
print({2 ** 200, 1, 2})
