# dict() from a sequence with a 3-item element raises ValueError about the element length
print(dict([(1, 2), (3, 4)]))
print(dict([(1, 2), (3, 4, 5)]))
