# adding keys while iterating raises RuntimeError: dictionary changed size during iteration
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
print(d)
for k in d:
    print('visiting', k)
    d[k + k] = 0
