# list.index needs at least one argument
xs = [1]
xs.index()
