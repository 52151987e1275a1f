# the 'c' type with a code point past 0x10ffff raises OverflowError: %c arg not in range(0x110000)
print(f'{0x10ffff:c}' == chr(0x10ffff), f'{65:c}')
print(f'{0x110000:c}')
