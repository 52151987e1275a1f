# integer presentation types b, o, x, X, c, d and the '#' alternate form, with signs, widths and negatives
for n in [0, 1, 10, 255, -255, 4096, 2 ** 40]:
    print(f'{n:b}|{n:o}|{n:x}|{n:X}|{n:#b}|{n:#o}|{n:#x}|{n:#X}|{n:d}')
print(f'{65:c}', f'{0x263a:c}', f'{0x1f600:c}', f'{97:>4c}', f'{97:*^5c}', f'{10:c}' == '\n')
print(f'{255:08b}', f'{255:#010b}', f'{-5:#06x}', f'{5:+#x}', f'{5: #o}', f'{-0:#x}')
print(f'{True:b}', f'{False:#x}', f'{True:c}' == '\x01', f'{2 ** 100:X}')
for w in range(1, 5):
    print(w, f'{w:0{w}b}', f'{-w:#0{w + 4}x}')
def show(n):
    return f'{n:>6d} {n:>#12b} {n:>#6o} {n:>#6x} {n:>6X}'
for n in [3, 17, 100, 1023, -64]:
    print(show(n))
print(f'{0b1010:o}', f'{0o777:x}', f'{0xdead:b}', f'{-0x80:08X}', f'{1 << 70:#x}')
