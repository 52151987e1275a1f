# printf-style alternate forms: the radix prefix goes before zero padding and precision; '#' keeps the decimal point
print('%#.2x' % 0, '%#08x' % 255, '%-#8o|' % 8, '%#X' % 255, '%+#x' % -255, '%#.5o' % 8)
print('%#.0f' % 0, '%#.0e' % 12345.0, '%#.0g' % 1.0, '%#g' % 100000.0, '%#.3g' % 1e10)
print('%#10.0f|' % 3.0, '%#010.0f' % -3.0, '%#.0E' % 5.0, '%#G' % 0.5)
