# startswith/endswith: single prefix, tuple of prefixes, start/end bounds, empty prefix edge cases
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.endswith('world'), s.endswith('hello'))
print(s.startswith(('x', 'he')), s.startswith(('x', 'y')), s.endswith(('ld', 'zz')), s.startswith(()))
print(s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9), s.endswith('lo', 0, 5))
print(s.endswith('o', -7, -6), s.startswith('o', -4), s.endswith('world', -5), s.endswith('d', 0, -1))
print(s.startswith(''), s.endswith(''), s.startswith('', 11), s.startswith('', 12), s.endswith('', 12))
print(''.startswith(''), ''.endswith(''), ''.startswith('a'), s.startswith('', 5, 3), s.endswith('', 5, 3))
print('héllo'.startswith('hé'), '日本語'.endswith('語'), 'a😀'.endswith('😀'), '😀a'.startswith(('b', '😀')))
print(s.startswith(s), s.startswith(s + '!'), s.endswith(('',)), s.startswith(('hello world!', 'hello')))
files = ['a.py', 'b.txt', 'c.PY', 'd.md', 'e.pyc']
for f in files:
    print(f, f.endswith('.py'), f.endswith(('.py', '.md')), f.lower().endswith('.py'))
print(s.startswith('lo', 3, None), s.endswith('hel', None, 3))
