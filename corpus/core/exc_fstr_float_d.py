# format code 'd' on a float raises ValueError: Unknown format code 'd' for object of type 'float'
x = 1.5
print(f'{x:.1f}', format(x, 'g'), format(2, 'd'))
print(format(x, 'd'))
