# looking up a dict key inside a dict raises TypeError: unhashable type: 'dict'
d = {'a': 1}
print('a' in d, d)
print({} in d)
