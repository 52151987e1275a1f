# partition/rpartition: first vs last occurrence, separator missing (empty parts placement), multi-char separators
for s in ['key=value', 'a=b=c', 'no-sep', '=lead', 'trail=', '=', '', '==']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('aXbXXc'.partition('XX'), 'aXXXb'.partition('XX'), 'aXXXb'.rpartition('XX'))
print('héllo wörld'.partition('ö'), '日本語日本'.rpartition('日本'), 'a😀b😀c'.partition('😀'))
url = 'https://example.com/path/to/page'
scheme, sep, rest = url.partition('://')
print(scheme, sep, rest)
host, sep2, path = rest.partition('/')
print(host, sep2, path)
head, _, tail = path.rpartition('/')
print(head, tail)
line = 'name: Ada Lovelace: mathematician'
k, s1, v = line.partition(': ')
print(repr(k), repr(s1), repr(v), line.rpartition(': ')[2])
t = 'x.y.z'
parts = []
while True:
    left, dot, t = t.partition('.')
    parts.append(left)
    if not dot:
        break
print(parts, repr(t))
