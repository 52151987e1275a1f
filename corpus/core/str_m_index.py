# index/rindex succeed like find/rfind on hits, honoring start and end (negative too)
s = 'mississippi'
print(s.index('s'), s.rindex('s'), s.index('ss'), s.rindex('ss'), s.index('i', 2), s.rindex('i', 0, 8))
print(s.index('p', -3), s.rindex('s', -6, -3), s.index(''), s.rindex(''), s.index('', 11), s.rindex('', 2, 5))
print(s.index('issi'), s.rindex('issi'), s.index('issi', 2), s.index('mis', 0, 3))
t = 'ab\u00e9cd\u00e9'
print(t.index('\u00e9'), t.rindex('\u00e9'), t.index('cd'), t.rindex('d'))
def positions(hay, needle):
    out = []
    i = 0
    while needle in hay[i:]:
        j = hay.index(needle, i)
        out.append(j)
        i = j + 1
    return out
print(positions(s, 'ss'), positions(s, 'i'), positions(s, 'x'), positions('aaaa', 'aa'))
print(s.index('m', None), s.rindex('i', None, None), s.index('i', -100, 100))
