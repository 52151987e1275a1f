# molt: expect=reject MOLT0004
# super() without arguments outside a method is rejected (CPython raises RuntimeError when it runs).
def helper():
    return super()
print("defined")
