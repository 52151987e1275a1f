# An uncaught TypeError from calling a function value with a missing argument.
def area(w, h):
    return w * h
f = area
print(f(2, 3))
print(f(2))
