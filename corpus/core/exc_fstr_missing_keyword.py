# a keyword field with no matching argument raises KeyError: 'name'
print('{greeting}'.format(greeting='hi'))
print('{greeting}, {name}'.format(greeting='hi'))
