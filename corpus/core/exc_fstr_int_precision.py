# a precision on an integer 'd' format raises ValueError: Precision not allowed in integer format specifier
n = 42
print(f'{n:5d}', f'{n:.2f}')
print(f'{n:.2d}')
