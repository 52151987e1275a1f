# Checks that adding None and an int raises TypeError with CPython's NoneType operand message.
def nothing():
    pass
r = nothing()
print(r, r is None)
print(r + 1)
