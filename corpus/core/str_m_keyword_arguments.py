# str methods that accept keywords: split/rsplit (sep, maxsplit), splitlines (keepends), expandtabs (tabsize)
print('a b  c'.split(maxsplit=1), 'a,b,c'.split(sep=','), 'a,b,c'.rsplit(',', maxsplit=1), 'a,b,c'.split(maxsplit=0, sep=','))
print('x\ny\r\n'.splitlines(keepends=True), 'a\tb'.expandtabs(tabsize=3))
d = {'a': 1}
d.update(b=2, a=0)
d.update([('c', 3)], d=4)
print(d, dict(x=1, y=2), dict({'k': 1}, k=2, z=3), dict([('p', 1)], q=2))
