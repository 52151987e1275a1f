# A generator expression as the only argument of max().
print(max(i * i % 7 for i in range(10)))
