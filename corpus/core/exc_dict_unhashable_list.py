# using a list as a dict key raises TypeError: unhashable type: 'list'
d = {}
d[(1, 2)] = 'tuple ok'
print(d)
d[[1, 2]] = 'list'
