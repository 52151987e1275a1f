# deleting a key twice raises KeyError naming the key (with quotes chosen by repr)
d = {"it's": 1, 'k': 2}
del d["it's"]
print(d)
del d["it's"]
