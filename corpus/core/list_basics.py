# lists: literals, len, indexing, slicing, repr, comparison, membership, + and *, truthiness, list()
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs, len(xs), xs[0], xs[-1], xs[2:5], xs[::-2], xs[10:], xs[-100:2])
print([], [[]], [1, [2, [3, []]]], ['a', "it's", 'say "hi"', 1.5, None, True, (1,), ()])
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([1, 2] == (1, 2), 4 in xs, 7 in xs, 'a' not in ['b'], [1] in [[1], [2]])
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [1] * 0, [1] * -1, [] + [])
print(bool([]), bool([0]), not [], len([[], []]))
print(list(), list(range(5)), list('héllo'), list((1, 2)), list([1, 2]), list(range(10, 0, -3)))
a, b, c = [1, 'two', 3.0]
print(a, b, c)
total = 0
for x in xs:
    total = total + x
print(total, str(xs), repr(['\n', '\t']))
grid = [[0, 0, 0], [0, 0, 0]]
grid[1][2] = 7
grid[0][0] = grid[1][2] + 1
print(grid, grid[1], grid[-1][-1])
