# Adding to a set while iterating over it raises RuntimeError, as in CPython.
s = {1, 2, 3}
seen = []
for x in s:
    seen.append(x)
    if x == 2:
        s.add(100)
print(seen)
