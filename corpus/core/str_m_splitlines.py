# str.splitlines: every line boundary (\n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029), keepends, trailing boundary
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print(len(s.splitlines()), len(s.splitlines(keepends=True)))
print('x\n'.splitlines(), 'x\n\n'.splitlines(), '\n'.splitlines(), ''.splitlines(), '\n\n'.splitlines(True))
print('a\r\n\r\nb'.splitlines(), 'a\n\rb'.splitlines(), 'a\r\rb'.splitlines(True))
print('a\x1fb'.splitlines(), 'a\tb'.splitlines(), 'a\xa0b'.splitlines())
print('no newline'.splitlines(), 'end\r'.splitlines(True), 'end\r\n'.splitlines(True))
text = 'first line\nsecond line\r\nthird\n'
n = 0
for line in text.splitlines():
    n += 1
    print(n, line, len(line))
for line in text.splitlines(True):
    print(repr(line))
print('a\nb'.split('\n'), 'a\nb\n'.split('\n'), 'a\nb\n'.splitlines())
