# molt: expect=reject MOLT0002
# A class body may hold assignments, defs and docstrings; a loop is not supported.
class Table:
    squares = {}
    for i in range(3):
        squares[i] = i * i
print(Table.squares)
