# thousands separators: ',' and '_' on decimal ints, '_' on hex/binary/octal (groups of 4), floats, big ints
for n in [0, 7, 999, 1000, -1000, 123456, 1234567, -98765432, 10 ** 9, 2 ** 64]:
    print(f'{n:,}|{n:_}|{n:_x}|{n:_b}|{n:_o}|{n:12,}|{n:>+15,}')
print(f'{1234.5678:,}', f'{1234567.891:,.2f}', f'{-1234567.891:_.1f}', f'{1e10:,}', f'{12345.0:,g}')
big = 3 ** 100
print(f'{big:,}')
print(f'{big:_x}')
print(f'{-big:040,}')
print(f'{1234:010,}', f'{1234:09,}', f'{1234:08,}', f'{-1234:010_}', f'{0xabcdef:#_x}')
n = 1
while n < 10 ** 12:
    print(f'{n:>17,}', f'{n:>17_}', f'{n:_X}', f'{-n:,}')
    n = n * 37
