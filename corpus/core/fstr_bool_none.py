# bool and None in f-strings: empty spec gives 'True'/'None', non-empty spec formats bools as ints
t = True
f = False
print(f'{t}', f'{f}', f'{None}', f'[{t!s:>6}]', f'[{t:>6}]', f'[{f:<6}]', f'[{t:^6d}]')
print(f'{t:d}', f'{t:b}', f'{t:x}', f'{t:.2f}', f'{t:e}', f'{f:%}', f'{t:+}', f'{t:05}', f'{t:,}')
print(format(True), format(True, ''), format(False, 'g'), format(True, '#x'))
print(f'{None!r}', f'{None!s:>6}', f'[{None!r:^8}]', format(None), format(None, ''), str(None) + '!')
print('{} {} {}'.format(True, False, None), '{:d} {!r:>6}'.format(True, None), '{0:}|{0!s:}'.format(False))
for v in [t, f]:
    print(f'{v=}', f'{v = :3}', f'{v + 1:03}', f'{not v}', f'{v and 5}', f'{v or None}')
