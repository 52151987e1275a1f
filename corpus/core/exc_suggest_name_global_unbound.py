# A global that is not bound yet is not suggested; a builtin is.
def show():
    print(lenght)
show()
length = 3
