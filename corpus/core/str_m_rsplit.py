# str.rsplit: with and without separator, maxsplit from the right, overlapping separator matches
print('a b c'.rsplit(), '  a  b  c  '.rsplit(None, 1), '  a  b  c  '.rsplit(None, 0), ''.rsplit())
print('a,b,c'.rsplit(','), 'a,b,c'.rsplit(',', 1), 'a,b,c'.rsplit(',', 0), 'a,b,c'.rsplit(',', -1))
print('aaa'.rsplit('aa'), 'aaa'.split('aa'), 'aaaa'.rsplit('aa', 1), 'aaaaa'.rsplit('aa'))
print(',a,,b,'.rsplit(','), ',a,,b,'.rsplit(',', 2), 'x'.rsplit('x'))
print('dir/sub/file.tar.gz'.rsplit('.', 1), 'dir/sub/file.tar.gz'.rsplit('/', 1)[-1])
print('a\u3000b\xa0c'.rsplit(None, 1), ' x y '.rsplit(maxsplit=1), 'x  y'.rsplit(' ', 1))
for n in range(-1, 4):
    print(n, 'p.q.r.s'.rsplit('.', n), 'p.q.r.s'.split('.', n))
print('ééé'.rsplit('é'), '1😀2😀3'.rsplit('😀', 1))
