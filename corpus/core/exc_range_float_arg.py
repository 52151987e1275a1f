# Checks that range() with a float argument raises TypeError: 'float' object cannot be interpreted as an integer.
n = 0
for i in range(3):
    n += i
print(n)
for i in range(n / 1):
    print(i)
