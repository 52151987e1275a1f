# f-string fixed-point floats: width, precision, alignment, rounding of binary halves, large values
x = 3.14159265
print(f'[{x:>8.3f}]', f'[{x:<8.3f}]', f'[{x:^8.3f}]', f'[{x:8.3f}]', f'[{x:.0f}]', f'[{x:f}]')
for v in [0.5, 1.5, 2.5, 2.675, 1.005, -0.5, -1.25, 0.125, 1e-7, 123456789.987654321]:
    print(f'{v:.2f}|{v:.0f}|{v:10.3f}|{v:.1f}')
print(f'{1e22:f}', f'{1e16:.2f}', f'{2.0 ** 70:.1f}', f'{-1e-300:.3f}', f'{0.1 + 0.2:.17f}')
n = 7
print(f'{n:.2f}', f'{-n:8.1f}', f'{True:.1f}', f'{10 ** 20:.1f}')
total = 0.0
for i in range(1, 6):
    total += 1 / i
    print(f'{i:2d} {total:9.5f}')
