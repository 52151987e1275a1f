# keys/values/items views: repr, len, membership, list conversion, equality of keys views and items views
d = {'a': 1, 'b': [2], 'c': (3, 'x')}
print(d.keys(), d.values(), d.items())
print(len(d.keys()), len(d.values()), len(d.items()))
print('a' in d.keys(), 'z' in d.keys(), 1 in d.values(), [2] in d.values(), ('a', 1) in d.items(), ('a', 2) in d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print({}.keys(), {}.values(), {}.items(), list({}.items()))
print(d.keys() == {'c': 0, 'b': 0, 'a': 0}.keys(), d.items() == {'a': 1}.items())
print(tuple(d), tuple(d.values()), len(list(d.items())))
print({'k': "it's"}.values(), {"q'": 'v'}.keys(), {1: {2: 3}}.items())
