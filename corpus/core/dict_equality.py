# dict equality ignores order, compares values deeply, 1 == 1.0 == True, nested containers and !=
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1} == {'a': True}, {1: 'x'} == {1.0: 'x'})
print({'a': 1} == {'a': 2}, {'a': 1} == {'b': 1}, {'a': 1} == {'a': 1, 'b': 2}, {} == {}, {} != {})
print({'k': [1, {2: 3}]} == {'k': [1, {2: 3}]}, {'k': [1, {2: 3}]} == {'k': [1, {2: 4}]}, {'t': (1, 2)} == {'t': [1, 2]})
print({'a': 1} == [('a', 1)], {'a': 1} != 'a', {} == [], {} == 0)
d1 = {}
d2 = {}
for i in range(20):
    d1[i] = str(i)
i = 19
while i >= 0:
    d2[i] = str(i)
    i -= 1
print(d1 == d2, list(d1) == list(d2), d1 is d2)
d2[0] = '0!'
print(d1 == d2, d1 != d2)
d2[0] = '0'
del d2[5]
print(d1 == d2, len(d1), len(d2))
