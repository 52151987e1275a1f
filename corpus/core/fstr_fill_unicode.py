# fill characters: any single character including '{' and '}' via format, non-ASCII, emoji; width counts code points
print(f'[{"x":★^7}]', f'[{"x":中<4}]', f'[{"x":😀>3}]', f'[{7:·>5}]', f'[{-7:─=6}]', f'[{1.5:é^9.2f}]')
print('[{:{}^5}]'.format('x', '{'), '[{:{}>5}]'.format('y', '}'), '[{:<<4}]'.format('z'), format('w', '}^5'), format('v', '{<3'))
print(f'[{"中文":>6}]', f'[{"中文":*<6}]', f'[{"😀":^5}]', f'[{"é":.1}]', f'[{"e" + chr(0x301):>4}]')
for ch in ['-', '=', '0', ' ', '<', '.']:
    print(ch, '[{:{}^9}]'.format('mid', ch), '[{:{}>6}]'.format(12, ch), '[{:{}<8.2f}]'.format(1.0, ch))
def boxed(text, width, fill):
    return '|' + format(text, fill + '^' + str(width)) + '|'
for w in range(3, 8):
    print(w, boxed('ab', w, '~'), boxed('中', w, '★'), boxed('', w, '0'))
