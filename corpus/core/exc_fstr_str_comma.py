# ',' grouping with the 's' type raises ValueError: Cannot specify ',' with 's'.
print('{:>3s}'.format('a'), '{:,}'.format(1000))
print('{:,s}'.format('a'))
