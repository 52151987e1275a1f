# molt: expect=reject MOLT0002
# Uses a nested function that closes over an outer local, which this slice does not support.
def make_adder(n):
    def add(x):
        return x + n
    return add(1)
print(make_adder(41))
