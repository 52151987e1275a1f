# molt: expect=reject MOLT0003
# sort(key=...) needs functions as values, which are not supported yet
xs = ['bb', 'a', 'ccc']
if len(xs) > 5:
    xs.sort(key=len)
print(xs)
