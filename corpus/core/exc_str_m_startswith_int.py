# startswith with an int argument raises TypeError naming the expected types
print('abc'.startswith('a'), 'abc'.startswith(('x', 'ab')))
print('abc'.startswith(1))
