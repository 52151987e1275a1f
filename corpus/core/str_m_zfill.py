# str.zfill: pads with zeros after a leading sign, never truncates, works on non-numeric text
for s in ['42', '-42', '+42', '', '-', '+', 'abc', '-abc', '--1', '3.14', '-0.5', '٣', ' 1', '+-1']:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-3)), repr(s.zfill(len(s) + 1)))
print('123456'.zfill(3), '-123'.zfill(4), '-123'.zfill(5), '+1'.zfill(1), 'x'.zfill(2))
width = 1
while width <= 6:
    print(width, '-7'.zfill(width), '7'.zfill(width), 'é'.zfill(width))
    width += 1
n = -12
print(str(n).zfill(6), str(-n).zfill(6), str(True).zfill(6), str(1.5).zfill(7))
