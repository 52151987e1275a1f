# tuple keys: grid coordinates, nested tuples, tuple equality-based lookup, building keys from loops
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid, len(grid))
neighbours = 0
for r in range(3):
    for c in range(3):
        for dr, dc in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
            if (r + dr, c + dc) in grid:
                neighbours += 1
print(neighbours)
t = (1, (2, 3), 'x')
d = {t: 'nested', (): 'empty', ((),): 'empty-in', ('x',): 'one'}
print(d[(1, (2, 3), 'x')], d[()], d[((),)], d[('x',)], d)
key = ()
for i in range(4):
    key = key + (i,)
    d[key] = len(key)
print(d[(0, 1, 2)], d[0, 1, 2, 3], len(d))
pairs = {}
for a in ['p', 'q']:
    for b in [1, 2]:
        pairs[(a, b)] = a * b
print(pairs)
