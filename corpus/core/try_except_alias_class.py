# An except clause names an exception class through a variable bound to a built-in class.
MyAlias = ValueError
try:
    int("x")
except MyAlias as e:
    print("caught", e)
