# Unpacking with * in a set display adds the items in order, as CPython's SET_UPDATE does.
a = [1, 2]
print({*a, 3})
