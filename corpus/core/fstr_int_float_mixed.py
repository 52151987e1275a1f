# ints formatted with float presentation types (f, e, g, %, F) and int format with padding; huge ints exactly
for n in [0, 7, -12, 10 ** 17, 2 ** 53 + 1, -(10 ** 20)]:
    print(f'{n:f}|{n:.2f}|{n:e}|{n:.3g}|{n:%}|{n:.0%}|{n:F}|{n:10}|{n:<10}|{n:^10}|')
print(f'{2 ** 200:.5e}', f'{10 ** 25:,.1f}', f'{123:.2e}', f'{123:g}', f'{1234567:G}')
print(f'{7:5}|{7.0:5}|{"7":5}|{-7:<5}|{7:^5}|', f'{12345:3}', f'{1.5:1}')
print(f'{99:.0f}', f'{5:.1e}', f'{255:.1%}', f'{1:.0e}', f'{-1:g}')
rows = [(1, 0.5), (22, 12.25), (333, -7.125), (4444, 1e6)]
for n, x in rows:
    print(f'{n:>6d} {x:>12.3f} {n * x:>14,.2f} {x / n:.4e} {n / 3:.5g}')
total = 0
for n, x in rows:
    total += n
print(f'{total:,d}', f'{total:,.2f}', f'{total / len(rows):08.3f}')
