# Argument unpacking into builtins: print(*xs, sep=...), zip(*rows) to transpose, max(*xs), and ** into print's keywords.
xs = [1, 2, 3]
print(*xs)
print(*xs, sep="-")
print(*xs, **{"sep": ", ", "end": "!\n"})
rows = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*rows)))
print([list(c) for c in zip(*rows)])
print(max(*xs), min(*"hello"))
print(*[])
print(*"abc", sep="")
pairs = [("a", 1), ("b", 2)]
names, values = zip(*pairs)
print(names, values)
print(sum(*[[1, 2, 3]]), len(*["four"]))
args = (10, 3)
print(divmod(*args))
