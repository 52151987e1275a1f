# an exception raised inside a comprehension propagates with the right message
xs = [3, 2, 1, 0]
print([10 // x for x in xs[:3]])
print([10 // x for x in xs])
