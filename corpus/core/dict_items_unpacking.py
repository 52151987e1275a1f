# for k, v in d.items() unpacking, nested unpacking of tuple keys and values, keys and values loops
prices = {'apple': 3, 'pear': 5, 'fig': 12}
for name, cents in prices.items():
    print(name, cents, name + ':' + str(cents))
total = 0
for v in prices.values():
    total += v
print(total)
for k in prices.keys():
    print(k, prices[k])
pts = {(0, 0): ('origin', 0), (1, 2): ('p', 3)}
for (x, y), (label, w) in pts.items():
    print(x, y, label, w, x + y + w)
for item in prices.items():
    print(item, item[0], item[1])
swapped = {}
for k, v in prices.items():
    swapped[v] = k
print(swapped)
i = 0
for k, v in prices.items():
    print(i, k, v)
    i += 1
