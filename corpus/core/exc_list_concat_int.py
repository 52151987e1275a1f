# list + int is a TypeError naming both types
xs = [1]
print(xs + [2])
print(xs + 2)
