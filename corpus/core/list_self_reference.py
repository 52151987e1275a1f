# a list that contains itself prints as [...] and compares by identity first
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a == a, a in a)
b = [a, [a]]
print(b)
c = []
c.append(c)
c.append(c)
print(c, c.count(c))
