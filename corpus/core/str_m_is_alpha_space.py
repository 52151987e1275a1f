# isalpha/isalnum/isspace/isascii/isprintable across unicode letters, marks, spaces and control characters
samples = ['abc', 'ABC', 'héllo', '日本語', 'αβγ', 'a b', 'a1', '', ' ', '\t\n', '\xa0', '\u3000', '\u200b',
           '\x1c\x1d\x1e\x1f', '\x85', '\u2028', 'e\u0301', 'ǅ', 'ª', '😀', '_', 'ab_', '\x00', '\x7f']
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isspace(), s.isascii(), s.isprintable())
print('\ufeff'.isspace(), '\u180e'.isspace(), '\u2000\u200a'.isspace(), '\x0b\x0c'.isspace(), '\x1b'.isspace())
print('ǃ'.isalpha(), 'ʰ'.isalpha(), 'ー'.isalpha(), '々'.isalpha(), '〆'.isalpha(), 'Ⅻ'.isalpha(), '²'.isalnum())
n_alpha = 0
for ch in 'Hello, Wörld! 123 ñ':
    if ch.isalpha():
        n_alpha += 1
print(n_alpha, 'Hello, Wörld! 123 ñ'.isprintable(), '\n'.isprintable(), ''.isprintable(), ''.isascii())
