# every common str method applied to the empty string and a single space: edge results and types
e = ''
print(e.split(), e.split(','), e.rsplit(','), e.splitlines(), e.partition('x'), e.rpartition('x'))
print(repr(e.strip()), repr(e.upper()), repr(e.title()), repr(e.capitalize()), repr(e.swapcase()), repr(e.casefold()))
print(e.find(''), e.rfind(''), e.count(''), e.startswith(''), e.endswith(''), e.find('a'), e.index(''))
print(e.isalpha(), e.isdigit(), e.isspace(), e.islower(), e.isupper(), e.istitle(), e.isidentifier(), e.isascii())
print(repr(e.zfill(3)), repr(e.center(3)), repr(e.ljust(2, 'x')), repr(e.rjust(2, 'x')), repr(e.expandtabs()))
print(repr(e.replace('', 'ab')), repr(e.join(['a', 'b'])), repr(e.removeprefix('')), len(e.join([])))
s = ' '
print(s.split(), s.split(' '), s.rsplit(' '), s.splitlines(), s.partition(' '), s.rpartition(' '))
print(repr(s.strip()), repr(s.upper()), repr(s.title()), s.isspace(), s.isprintable(), s.count(' '), s.count(''))
print(repr(s.zfill(3)), repr(s.center(4, '.')), repr(s.replace(' ', '')), repr(s.replace('', '.')))
