# str.index raises ValueError: substring not found when the needle is absent
s = 'a,b'
print(s.index(','), s.find('z'), s.rindex('b'))
print(s.index('z'))
