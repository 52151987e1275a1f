# string format specs: precision truncation, width, alignment defaults (left for str, right for numbers), 's' type
s = 'format'
print(f'[{s}][{s:10}][{s:>10}][{s:^10}][{s:.3}][{s:>8.2}][{s:s}][{s:.0}][{s:1}]')
print(f'[{"":5}][{"":.3}][{"é中😀":.2}][{"é中😀":>5}][{s:^11}][{s:^12}][{s:_<10s}]')
for w in range(4, 10):
    print(w, f'[{s[:3]:^{w}}]', f'[{s:.{w - 4}}]', f'[{w:^{w}}]')
name = 'Ada'
line = f'{name:<6}|{name:>6}|{name.upper():^7}|{len(name):>3}'
print(line, len(line))
print(f'{"x" * 3}', f'{s[::-1]:>8}', f'{s + "!"!r:>12}', f'{s[1:4]:*^7}')
