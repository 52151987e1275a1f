# find/rfind with start and end (incl. negative and out-of-range bounds), empty substring positions
s = 'abracadabra'
print(s.find('a'), s.rfind('a'), s.find('bra'), s.rfind('bra'), s.find('z'), s.rfind('z'))
print(s.find('a', 1), s.find('a', 4, 6), s.find('a', 4, 5), s.rfind('a', 0, 10), s.rfind('a', 0, 11))
print(s.find('a', -4), s.rfind('a', -4, -1), s.find('abra', -100), s.find('a', 100), s.rfind('a', -100, 1))
print(s.find(''), s.rfind(''), s.find('', 5), s.find('', 11), s.find('', 12), s.rfind('', 3, 7))
print(s.find('', -3), s.rfind('', -3), ''.find(''), ''.rfind(''), ''.find('a'), s.find('', 7, 2))
print(s.find('cad', 4, 7), s.find('cad', 4, 6), s.find('abra', 7), s.rfind('abra', 0, 10))
u = 'héllo wörld héllo'
print(u.find('é'), u.rfind('é'), u.find('wö'), u.rfind('llo'), u.find('ö', 9))
e = '😀a😀b😀'
print(e.find('😀'), e.rfind('😀'), e.find('b'), e.find('😀', 1), e.rfind('😀', 0, 4))
pos = s.find('a')
hits = []
while pos != -1:
    hits.append(pos)
    pos = s.find('a', pos + 1)
print(hits, len(hits))
print(s.find('a', None), s.find('a', 2, None), s.rfind('a', None, 5))
