# rpartition with an empty separator raises ValueError: empty separator
print('k=v'.rpartition('='), 'k=v'.partition('x'))
print('k=v'.rpartition(''))
