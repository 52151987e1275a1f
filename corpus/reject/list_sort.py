# molt: expect=reject MOLT0003
# Passes a builtin (len) as a key function: builtins as values are not supported yet
xs = ['bb', 'a', 'ccc']
if len(xs) > 5:
    xs.sort(key=len)
print(xs)
