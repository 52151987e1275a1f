# pop of a missing key without default raises KeyError: 'x'
d = {'y': 1}
print(d.pop('x', 'default'), d.pop('y'), d)
d.pop('x')
