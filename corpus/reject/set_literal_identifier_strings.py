# molt: expect=reject MOLT0003
# CPython rebuilds this display's frozenset constant when interning "red", "green" or "blue" replaces the string object, which depends on the interpreter's state, and the rebuild changes its order.
colors = {"red", "green", "blue"}
print(colors)
