# Checks len(), 'in', min() and max() on range objects with various steps, signs and huge bounds.
print(len(range(10)), len(range(0)), len(range(-5)), len(range(3, 10, 2)), len(range(10, 3, -2)), len(range(0, 10, -1)))
print(len(range(-100, 100, 7)), len(range(2 ** 62)), len(range(2 ** 70, 2 ** 70 + 3)))
print(5 in range(10), 10 in range(10), 3 in range(0, 10, 3), 4 in range(0, 10, 3), -5 in range(0, -10, -5))
print(2 ** 79 in range(2 ** 80), 2 ** 80 in range(2 ** 80), -1 in range(5), 2 ** 70 + 1 in range(2 ** 70, 2 ** 71, 2))
print(3 not in range(3), 0 not in range(0), 2.0 in range(5), 2.5 in range(5), True in range(2))
print(min(range(5, 10)), max(range(5, 10)), min(range(10, 0, -3)), max(range(10, 0, -3)), max(range(-5, 5, 2)))
print(max(range(2 ** 70, 2 ** 70 + 10, 3)), min(range(-1, -100, -9)))
