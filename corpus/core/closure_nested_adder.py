# A nested function closes over a parameter of the function around it.
def make_adder(n):
    def add(x):
        return x + n
    return add(1)
print(make_adder(41))
