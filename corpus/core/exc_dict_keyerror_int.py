# missing int key raises KeyError: 3, after deleting it
d = {1: 'a', 2: 'b', 3: 'c'}
del d[3]
print(d, 3 in d)
print(d[3])
