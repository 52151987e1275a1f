# self-documenting f-strings: {x=}, spacing around '=' kept verbatim, repr by default, with !s and format spec
x = 10
name = 'Ada'
pi = 3.14159
print(f'{x=}', f'{x = }', f'{x=  }', f'{ x = }', f'{name=}', f'{name = !s}')
print(f'{pi=:.2f}', f'{pi = :>8.3f}', f'{x=:#x}', f'{name=:>6}', f'{name=!r:^9}')
print(f'{x + 1=}', f'{x * 2 = }', f'{len(name)=}', f'{name[0]=}', f'{[x, x]=}')
items = [1, 2, 3]
print(f'{items=}', f'{items[-1] = }', f'{x > 5=}', f'{None=}', f'{1.0=}')
for i in range(3):
    print(f'{i=} {i*i=:03d}')
