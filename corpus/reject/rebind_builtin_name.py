# molt: expect=reject MOLT0006
# Assigns to a builtin's name at module level, which Molt cannot compile exactly.
abs = 5
print(abs + 1)
