# molt: expect=reject MOLT0002
# Deriving from a built-in type (dict) is not supported yet.
class Registry(dict):
    pass
r = Registry()
print(len(r))
