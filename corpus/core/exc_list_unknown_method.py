# calling a method lists do not have raises AttributeError
xs = [1]
xs.append(2)
xs.push(3)
