# molt: expect=reject MOLT0003
# CPython shares one frozenset constant between equal set displays, laid out by the first one compiled: the second display prints in the first one's order.
print({1, 9, 17})
print({17, 9, 1})
