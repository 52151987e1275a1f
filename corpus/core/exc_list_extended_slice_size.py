# assigning the wrong number of items to an extended slice raises ValueError
xs = [0, 1, 2, 3]
xs[::2] = ['a', 'b']
print(xs)
xs[::2] = [1]
