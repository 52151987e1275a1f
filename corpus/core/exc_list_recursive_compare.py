# comparing two self-containing lists recurses until RecursionError, as in CPython
a = []
a.append(a)
b = []
b.append(b)
print(a == a)
print(a == b)
