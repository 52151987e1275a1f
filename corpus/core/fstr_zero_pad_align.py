# '=' alignment and the '0' flag: padding after the sign and base prefix, interaction with explicit fills
for v in [42, -42, 3.5, -3.5]:
    print(f'[{v:08}][{v:=8}][{v:*=8}][{v:<08}][{v:>08}][{v:^08}][{v:+08}][{v: 08}]')
print(f'[{255:#010x}][{-255:#010x}][{255:=#10x}][{255:_=#10x}][{-255:0=+10}]')
print(f'[{3.14159:010.3f}][{-3.14159:010.3f}][{-3.14159:x=10.3f}][{1e10:015,.1f}]')
print(f'[{"ab":05}][{"ab":<05}][{"ab":>05}][{"ab":^05}][{"ab":0^6}]')
print(f'[{0:05}][{-0:05}][{-0.0:05}][{True:05}][{False:=5}]')
print(format(-7, '=6'), format(-7, '06'), format(7, '06'), format(-7.0, '=+8.2f'), format(-7, '0=6'))
for width in [1, 4, 7, 10]:
    print(width, f'[{-12:0{width}}]', f'[{-12:0={width}x}]', f'[{1.25:0{width}.1f}]', f'[{-1.25:#0{width}.0f}]')
