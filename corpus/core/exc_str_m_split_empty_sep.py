# str.split with an empty separator raises ValueError: empty separator
s = 'x y'
print(s.split(), s.split(' '), s.split(None))
sep = ''
print(s.split(sep))
