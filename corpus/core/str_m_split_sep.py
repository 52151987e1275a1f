# str.split(sep): consecutive separators give empty strings, multi-char separators, maxsplit forms
print('a,b,c'.split(','), 'a,,b'.split(','), ',a,'.split(','), ','.split(','), ''.split(','))
print('a--b---c'.split('-'), 'a--b---c'.split('--'), 'aaaa'.split('aa'), 'aaa'.split('aa'))
print('a b'.split(' '), '  a  '.split(' '), 'a\tb'.split(' '))
print('1,2,3,4'.split(',', 0), '1,2,3,4'.split(',', 1), '1,2,3,4'.split(',', 2), '1,2,3,4'.split(',', -1))
print('1,2,3'.split(',', 10), '1,2,3'.split(sep=',', maxsplit=1), '1,2,3'.split(maxsplit=1, sep=','))
print('abc'.split('abc'), 'abc'.split('abcd'), 'xabcx'.split('abc'))
print('héllo wörld'.split('ö'), '日本語の本'.split('本'), 'a😀b😀'.split('😀'))
print('a\r\nb\r\nc'.split('\r\n'), 'path/to//file'.split('/'))
def fields(line, sep):
    parts = line.split(sep)
    out = []
    for p in parts:
        out.append(len(p))
    return parts, out
print(fields('name;age;;city;', ';'))
print(fields(';;;', ';'))
row = 'k=v=w'
print(row.split('=', 1), row.split('=', 1)[1], len(row.split('=')))
