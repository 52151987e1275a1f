# list.append takes exactly one argument
xs = []
xs.append(1, 2)
