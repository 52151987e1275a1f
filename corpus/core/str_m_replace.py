# str.replace: all occurrences, count argument (0, negative, larger than matches), empty old string, no match
s = 'one fish two fish red fish'
print(s.replace('fish', 'cat'), s.replace('fish', 'cat', 1), s.replace('fish', 'cat', 2))
print(s.replace('fish', 'cat', 0), s.replace('fish', 'cat', -1), s.replace('fish', 'cat', 99))
print(s.replace('fish', ''), s.replace(' ', ''), s.replace('whale', 'x'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'b'))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('aa', 'b'), 'aaa'.replace('a', 'aa'))
print('héllo'.replace('é', 'e'), '日本'.replace('', '|'), 'a😀b😀'.replace('😀', ':)'))
print('x'.replace('x', 'x'), 'abc'.replace('abc', ''), 'abcabc'.replace('bca', 'Z'))
t = 'a.b.c.d'
n = 0
while n < 5:
    print(n, t.replace('.', '/', n))
    n += 1
r = 'spaces   here'
while '  ' in r:
    r = r.replace('  ', ' ')
    print(repr(r))
print('ABC'.replace('B', 'bb'), 'a-b'.replace('-', '--').replace('--', '-'))
