# sign options '+', '-', ' ' and 'z' on ints and floats, including zero, negative zero and rounding to zero
for v in [5, -5, 0, 2.5, -2.5, 0.0, -0.0, -0.001]:
    print(f'[{v:+}][{v:-}][{v: }][{v:+.1f}][{v: .2f}][{v:-.0f}][{v:+8}][{v: 8}]')
print(f'{-0.0:z.1f}', f'{-0.001:z.2f}', f'{-0.001:.2f}', f'{-0.0:z}', f'{-0.001:+z.1f}', f'{-1.0:z.0f}')
print(f'{-0.4:z.0f}', f'{-0.4:.0f}', f'{-0.0:z.3e}', f'{-0.0:z.2%}', f'{-1e-9: zg}', f'{-1e-9:+z.3g}')
print('{:+d} {: d} {:-d} {:+x} {: b}'.format(3, 3, -3, -255, 5))
def signed_table(values, spec):
    out = []
    for v in values:
        out.append(format(v, spec))
    return '|'.join(out)
for spec in ['+', '-', ' ', '+.2f', ' 06.1f', '+08,']:
    print(repr(spec), signed_table([1, -1, 0, 1000.5, -0.0], spec))
