# molt: expect=reject MOLT0004
# x may be a str here, and str.count is not implemented, so x.count is rejected
def how_many(x):
    return x.count('a')
print(how_many(['a', 'b']))
if len('ab') > 5:
    print(how_many('banana'))
