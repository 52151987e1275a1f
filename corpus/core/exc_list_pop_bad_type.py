# list.pop needs an integer index
xs = [1, 2]
xs.pop("0")
