# an unknown keyword argument of a str method names the method
print('a b'.split(maxsplit=1))
'a b'.split(max=1)
