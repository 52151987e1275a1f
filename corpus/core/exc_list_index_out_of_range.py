# list index out of range (negative too far)
xs = [1, 2, 3]
print(xs[-3], xs[2])
print(xs[-4])
