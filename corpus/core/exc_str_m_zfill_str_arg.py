# zfill with a str width raises TypeError: 'str' object cannot be interpreted as an integer
print('a'.zfill(3), '-5'.zfill(3))
print('a'.zfill('3'))
