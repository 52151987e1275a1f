# floats with no presentation type: like repr without precision, like g (but at least one digit) with precision
vals = [1.0, 0.1, 1e16, 1e-5, 123456789.125, 1.5e300, -0.0, 100.0, 2.5, 1e22]
for v in vals:
    print(f'{v}|{v:}|{v:.3}|{v:.1}|{v:12}|{v:<12}|{v:+}|{v:.12}')
print(format(3.0, '.3'), format(1234.5, '.2'), format(1234.5, '.5'), format(0.00001, '.3'))
print(f'{10.0:.0}', f'{15.0:.1}', f'{1e5:.6}', f'{1e5:.5}', f'{123.0:.3}', f'{123.0:.2}')
print(str(1e16) == f'{1e16}', format(2.0) == str(2.0), format(-1e-7, ''), format(1 / 3, '.20'))
x = 1.0
i = 0
while i < 6:
    print(i, f'{x}', f'{x:.4}', f'{x:10.2}', f'{-x:<+10.6}|')
    x = x * 123.25
    i += 1
