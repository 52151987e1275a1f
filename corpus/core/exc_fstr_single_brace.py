# a lone '}' in a str.format template raises ValueError: Single '}' encountered in format string
print('{{}}'.format(), '{}}}'.format(1))
print('a}'.format())
