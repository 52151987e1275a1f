# starred unpacking needs at least the unstarred targets
a, *b = [1]
print(a, b)
a, *b, c = [1]
