# missing tuple key raises KeyError: (1, 2)
grid = {(0, 0): 'o', (1, 1): 'x'}
print(grid[(1, 1)], (1, 2) in grid)
print(grid[1, 2])
