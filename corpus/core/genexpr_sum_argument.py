# A generator expression as the only argument of sum(): lazy, consumed once.
xs = [1, 2, 3]
print(sum(x * x for x in xs))
