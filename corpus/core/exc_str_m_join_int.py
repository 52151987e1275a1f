# str.join rejects a non-str item, reporting its index and type
print('-'.join(['a', 'b']))
parts = ['x', 'y', 3, 'z']
print(len(parts))
print(''.join(parts))
