# mixing automatic and manual field numbering raises ValueError
print('{}{}'.format(1, 2), '{1}{0}'.format(1, 2))
print('{}{0}'.format(1, 2))
