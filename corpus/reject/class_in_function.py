# molt: expect=reject MOLT0002
# A class statement inside a function (a new class per call) is not supported yet.
def make():
    class Local:
        pass
    return Local()
print(make() is not None)
