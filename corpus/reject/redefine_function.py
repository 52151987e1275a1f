# molt: expect=reject MOLT0006
# Binds the same function name twice; the second def replaces the first at run time.
def f():
    return 1
print(f())
def f():
    return 2
print(f())
