# list methods take no keyword arguments: a TypeError at run time, as in CPython
xs = [1, 2, 3]
print(xs.pop(0))
xs.pop(index=0)
