# molt: expect=reject MOLT0003
# A class body reading one of its own names before assigning it (CPython would read the global) is rejected.
limit = 10
class Config:
    doubled = limit * 2
    limit = 5
print(Config.doubled, Config.limit)
