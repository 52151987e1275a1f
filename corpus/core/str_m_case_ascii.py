# upper/lower/title/capitalize/swapcase on ASCII: digits, apostrophes and punctuation as word breaks
words = ['hello world', 'HELLO World', "they're bill's friends", 'abc123def', '3rd place', 'o-k x_y', '', '  mixed CASE  ']
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print('aBc'.swapcase().swapcase(), 'ABC'.lower().upper(), 'x'.title(), 'X'.capitalize(), 'xY'.capitalize())
s = 'Python Is Fun'
print(s.lower() == 'python is fun', s.upper() is s, s.title() == s, s.casefold())
print('hELLO'.capitalize(), '1a'.capitalize(), ' a'.capitalize(), 'a1b2c3'.title(), "don't".title())
def initials(name):
    out = ''
    for part in name.split():
        out = out + part[0].upper() + '.'
    return out
for name in ['grace brewster hopper', 'ALAN turing', 'ada']:
    print(name.title(), initials(name), name.swapcase(), name.upper().lower() == name.lower())
