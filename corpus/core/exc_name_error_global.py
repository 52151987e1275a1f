# Checks that reading an undefined global inside a function raises NameError (uncaught).
def show():
    print("defined", defined)
    print("undefined", undefined_name)
defined = 1
show()
