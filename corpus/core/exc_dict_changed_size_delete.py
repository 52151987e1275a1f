# deleting keys while iterating over items raises RuntimeError: dictionary changed size during iteration
d = {1: 'a', 2: 'b', 3: 'c'}
for k, v in d.items():
    print(k, v)
    if k == 2:
        del d[k]
