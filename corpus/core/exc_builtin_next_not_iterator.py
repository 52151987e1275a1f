# next() of a list (not an iterator) is a TypeError
print(next(iter([5])))
next([5])
