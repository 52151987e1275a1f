# A def's name read as a value is one function object: stored in containers, compared by identity, passed and returned.
def square(x):
    return x * x
def cube(x):
    return x * x * x
fs = [square, cube, square]
print(fs[0] is fs[2], fs[0] is fs[1], fs[0] == square, square != cube)
print([f(3) for f in fs])
registry = {"sq": square, "cu": cube}
for name in ["cu", "sq"]:
    print(name, registry[name](4))
def pick(flag):
    return square if flag else cube
print(pick(True)(5), pick(False)(5))
print(bool(square), len({square: 1, cube: 2}))
