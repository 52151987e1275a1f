# e, E, %, and g/G presentation: precision, exponent digits, switching rule of g, trailing zeros and '#'
vals = [0.0, 1.0, 123.456, 0.000123456, 1e16, 1.5e-10, -2.5, 1e100, 123456789.0, 0.1]
for v in vals:
    print(f'{v:e}|{v:.2E}|{v:.0e}|{v:%}|{v:.1%}|{v:g}|{v:.3G}|{v:#g}|{v:#.0e}')
for p in range(0, 8):
    print(p, f'{123.456:.{p}g}', f'{0.000123456:.{p}g}', f'{1e-5:.{p}g}', f'{99999.5:.{p}g}')
print(f'{0.5:.0%}', f'{0.125:.0%}', f'{1:%}', f'{-0.001:+.2%}', f'{2:e}', f'{10 ** 30:.3e}')
print(f'{1e-4:g}', f'{1e-5:g}', f'{1e15:g}', f'{1e16:g}', f'{1234567:g}', f'{0.0001234:G}', f'{1e16:G}')
x = 1.0
for i in range(8):
    print(i, f'{x:e}', f'{x:.3g}', f'{x:g}', f'{1 / x:g}', f'{1 / x:.2%}')
    x = x * 37.5
