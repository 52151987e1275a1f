# molt: expect=reject MOLT0003
# CPython orders this display by a frozenset constant that it rebuilds when interning its identifier-like strings; that depends on the interpreter's state.
colors = {"red", "green", "blue"}
print(colors)
