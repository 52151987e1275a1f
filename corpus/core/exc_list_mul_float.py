# a list times a float is a TypeError
xs = [1]
print(xs * 2)
print(xs * 2.0)
