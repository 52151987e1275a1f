# A list cannot be a set element: TypeError unhashable type.
s = {1, 2}
print(2 in s, {3} in {frozenset([3])})
s.add([1])
