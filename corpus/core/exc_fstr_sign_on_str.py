# a sign option on a str raises ValueError: Sign not allowed in string format specifier
print(format('a', '>3'), format(1, '+'))
print(format('a', '+'))
