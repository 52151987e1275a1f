# strip/lstrip/rstrip with a chars argument: a set of characters, not a prefix; empty chars; unicode chars
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'xyhiyx'.strip('yx'), 'abcba'.strip('ab'))
print('www.example.com'.strip('cmowz.'), 'www.example.com'.lstrip('w.'), 'www.example.com'.rstrip('.com'))
print(repr('  x  '.strip('')), repr('aaa'.strip('a')), repr('abc'.strip('xyz')), repr(''.strip('a')))
print('0012300'.lstrip('0'), '0012300'.rstrip('0'), '0012300'.strip('0'))
print('-+-value+-+'.strip('+-'), '--x--'.lstrip('-'), '--x--'.rstrip('-'))
print('ééaéé'.strip('é'), '😀hi😀😀'.strip('😀'), '中文中'.lstrip('中'))
print(repr(' \tx\t '.strip(' ')), repr(' \tx\t '.strip('\t ')))
s = '<<<tag>>>'
print(s.lstrip('<'), s.rstrip('>'), s.strip('<>'), s.strip('><'), s)
def trim_all(xs, chars):
    out = []
    for x in xs:
        out.append(x.strip(chars))
    return out
print(trim_all(['..a..', '.b', 'c.', '...'], '.'))
