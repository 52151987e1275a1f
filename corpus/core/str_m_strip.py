# strip/lstrip/rstrip without arguments: ASCII and unicode whitespace removed from the ends only
s = '  \t hello world \n\r '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr(''.strip()), repr('   '.strip()), repr('x'.strip()), repr(' x '.lstrip()), repr(' x '.rstrip()))
u = '\u3000\xa0\u2003 mid\u2000dle \x85\u2028\u2029\x1c\x1f'
print(repr(u.strip()), len(u.strip()), len(u.lstrip()), len(u.rstrip()))
print(repr('\u200bzw\u200b'.strip()), repr('\ufeffbom'.strip()), repr('\x0b\x0cvf\x0b\x0c'.strip()))
print(repr('a b'.strip()), repr('\t\na\t\nb\t\n'.rstrip()))
lines = ['  one  ', '\ttwo\n', 'three', '   ']
for line in lines:
    print(repr(line), repr(line.strip()), len(line.strip()))
print(repr(' x '.strip(None)), repr(' x '.lstrip(None)), repr(' x '.rstrip(None)))
