# Checks raising NotImplementedError with a computed message from inside a function (uncaught).
def todo(feature):
    print("requested", feature)
    raise NotImplementedError("feature not implemented: " + feature)
todo("complex numbers")
