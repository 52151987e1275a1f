# center with a two-character fill raises TypeError about the fill character length
print('ab'.center(5, 'x'), 'ab'.ljust(4, '.'))
print('ab'.center(5, 'xy'))
