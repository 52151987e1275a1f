# an explicit field index past the arguments raises IndexError: Replacement index 2 out of range for positional args tuple
print('{0}{1}'.format('a', 'b'))
print('{0}{2}'.format('a', 'b'))
