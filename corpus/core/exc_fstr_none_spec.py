# a non-empty format spec on None raises TypeError: unsupported format string passed to NoneType.__format__
v = None
print(f'{v}', f'{v!s:>6}', format(v, ''))
print(f'{v:>6}')
