# molt: expect=reject MOLT0002
# Unpacking in a class statement's bases is not supported.
class A:
    pass
bases = (A,)
class B(*bases):
    pass
print(B.__mro__)
