# iterating a list while it changes: the loop sees appended items and skips after removals, as in CPython
xs = [1, 2, 3]
for x in xs:
    if x < 6:
        xs.append(x + 3)
print(xs)
ys = [1, 2, 3, 4, 5, 6]
for y in ys:
    ys.remove(y)
print(ys)
zs = [1, 2, 3]
seen = []
for z in zs:
    seen.append(z)
    zs.clear()
print(seen, zs)
ws = [5, 6]
total = 0
for w in ws:
    total += w
else:
    total += 100
print(total)
