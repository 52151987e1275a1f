# popitem on an emptied dict raises KeyError: 'popitem(): dictionary is empty'
d = {'a': 1}
print(d.popitem(), d)
d.popitem()
