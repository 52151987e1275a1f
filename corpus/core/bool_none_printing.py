# Checks printing, str() and repr() of True, False and None, and identity tests with None.
print(True, False, None)
print(str(True), repr(False), str(None), repr(None))
print(True is True, None is None, None is not None, 1 is not None, "" is None)
x = None
print(x is None, x is not None, x == None, x != None, bool(x), not x)
print(len(str(None)), str(True) + str(False), repr(None) * 2)
def nothing():
    pass
def nothing2():
    return
r = nothing()
print(r, nothing2(), r is None, nothing() is nothing2())
print(bool(1), bool(0), bool(-1), bool(""), bool("0"), bool(" "), bool(0.0), bool(2 ** 100), bool(None))
