# molt: expect=reject MOLT0005
# Uses *args in a function definition, which this slice does not support.
def total(*args):
    s = 0
    for a in args:
        s += a
    return s
print(total(1, 2, 3))
