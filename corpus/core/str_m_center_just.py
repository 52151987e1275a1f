# center/ljust/rjust: default and custom fill, odd padding split rule for center, widths smaller than length
for s in ['a', 'ab', 'abc', '', 'é中']:
    for w in [0, 2, 3, 4, 5, 6, 7]:
        print(repr(s), w, '[' + s.center(w) + ']', '[' + s.ljust(w, '*') + ']', '[' + s.rjust(w, '-') + ']', '[' + s.center(w, '.') + ']')
print('x'.center(4, '★'), 'x'.ljust(3, '中'), 'x'.rjust(3, '😀'), 'x'.center(2, ' '))
print(repr('hello'.center(-5)), repr('hello'.ljust(5)), repr('hello'.rjust(6)), len('hi'.center(9)))
headers = ['id', 'name', 'score']
widths = [4, 10, 7]
line = ''
for i in range(3):
    line = line + headers[i].center(widths[i], '=') + '|'
print(line)
row = ['7', 'Zoë', '98.5']
print(row[0].rjust(widths[0]) + '|' + row[1].ljust(widths[1]) + '|' + row[2].center(widths[2]) + '|')
