# split and join round-trips: sep.join(s.split(sep)) == s for any sep, but not for whitespace split()
samples = ['a,b,c', ',,', '', 'abc', ',a,', 'a,,b,,,c']
for s in samples:
    parts = s.split(',')
    back = ','.join(parts)
    print(repr(s), parts, len(parts), back == s, s.count(',') + 1 == len(parts))
texts = ['a  b', ' a b ', 'a\tb\nc', '']
for t in texts:
    ws = t.split()
    print(repr(t), ws, repr(' '.join(ws)), ' '.join(ws) == t)
s = 'one two three four'
words = s.split(' ')
rev = []
i = len(words) - 1
while i >= 0:
    rev.append(words[i])
    i -= 1
print(' '.join(rev), '-'.join(s.split(' ', 2)), ' '.join(s.rsplit(' ', 1)[0].split()))
acc = ''
for w in words:
    acc = acc + w[0].upper()
print(acc, '.'.join(acc), '.'.join(acc).split('.'))
