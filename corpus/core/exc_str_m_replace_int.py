# replace with an int old value raises TypeError: replace() argument 1 must be str, not int
print('a1'.replace('1', 'b'))
print('a'.replace(1, 'b'))
