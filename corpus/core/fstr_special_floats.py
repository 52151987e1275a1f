# inf, -inf, nan and -0.0 under format specs: case of INF/NAN, signs, zero padding, widths, percent and grouping
inf = float('inf')
nan = float('nan')
for v in [inf, -inf, nan, -nan, 0.0, -0.0]:
    print(f'[{v}][{v:f}][{v:F}][{v:e}][{v:E}][{v:g}][{v:G}][{v:%}][{v:+}][{v: .2f}]')
    print(f'[{v:08.2f}][{v:>8}][{v:<8}][{v:^9}][{v:*=+9}][{v:,}][{v:010,.1f}][{v:#g}]')
print(format(inf, '.0f'), format(-inf, 'z.1f'), format(nan, 'z'), format(-0.0, '.0e'), format(-0.0, 'g'))
print('{:.3}|{:.3}|{:10.3e}|{:<+10}|'.format(inf, nan, -inf, nan))
vals = [1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10, 1e-320, -1e-320]
for v in vals:
    print(repr(v), f'{v:.3e}', f'{v:10.2f}', f'{v:g}', f'{v:.0%}', f'{v!r:>12}')
print(f'{inf == inf}', f'{nan == nan}', f'{inf - inf}', f'{-inf * 0}', f'{inf * -1:+}')
