# str.split() with no separator: runs of whitespace (incl. unicode spaces) collapse, ends are dropped, maxsplit
print('a b  c'.split(), '  lead and trail  '.split(), ''.split(), '   '.split())
print('tab\tnew\nline\rcr\x0bvt\x0cff'.split())
print('x\xa0y\u3000z\u2003w\u2028v\u2029u\x85t'.split())
print('a\x1cb\x1dc\x1ed\x1fe'.split(), len('a\x1cb\x1dc\x1ed\x1fe'.split()))
print('a\u200bb'.split(), 'a\ufeffb'.split(), 'a\u180eb'.split())
print('  a  b  c  '.split(None, 1), '  a  b  c  '.split(None, 0), '  a  b  c  '.split(maxsplit=2))
print('a b c'.split(None, -1), 'a b c'.split(None, 100), '  a b '.split(None, 1))
print('one'.split(), ' one'.split(None, 0), 'one '.split(None, 0), '\n'.split())
text = '  the quick\tbrown\n\nfox  '
words = text.split()
print(words, len(words))
i = 0
while i < 4:
    print(i, text.split(None, i))
    i += 1
print('é ü\u2000ö'.split(), 'ünïcödé'.split())
