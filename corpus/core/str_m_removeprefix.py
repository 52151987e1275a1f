# removeprefix/removesuffix: only one exact occurrence removed, no match returns unchanged, empty affix
s = 'testing_test'
print(s.removeprefix('test'), s.removesuffix('test'), s.removeprefix('ing'), s.removesuffix('ing'))
print(repr(s.removeprefix('')), repr(s.removesuffix('')), repr(''.removeprefix('a')), repr('a'.removeprefix('a')))
print('aaab'.removeprefix('a'), 'baaa'.removesuffix('a'), 'abab'.removeprefix('ab').removeprefix('ab'))
print('x'.removeprefix('xx'), 'xx'.removesuffix('xxx'), s.removeprefix(s), s.removesuffix(s + '!'))
print('héllo'.removeprefix('hé'), '日本語'.removesuffix('語'), '😀😀a'.removeprefix('😀'))
names = ['test_alpha', 'beta_test', 'test_', 'gamma']
for n in names:
    print(n, n.removeprefix('test_'), n.removesuffix('_test'), n.lstrip('test_'))
print('Prefix'.removeprefix('prefix'), 'file.tar.gz'.removesuffix('.gz').removesuffix('.tar'))
