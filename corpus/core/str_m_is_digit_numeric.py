# isdigit/isdecimal/isnumeric across ASCII, superscripts, fractions, Arabic-Indic, roman numerals, CJK numerals
samples = ['123', '', '12a', '-1', '1.5', ' 1', '²', '①', '½', '٣٤', '۵', '१२', 'Ⅻ', '一二三', '〇', '๓', '𝟗', '፩', '0²']
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isalpha())
total_digit = 0
total_dec = 0
total_num = 0
for s in samples:
    if s.isdigit():
        total_digit += 1
    if s.isdecimal():
        total_dec += 1
    if s.isnumeric():
        total_num += 1
print(total_digit, total_dec, total_num)
print('٣٤'.isdecimal() and '٣٤'.isdigit(), '１２'.isdecimal(), '１２'.isascii())
