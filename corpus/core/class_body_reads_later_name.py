# A class body reading a name it assigns later reads the global (CPython's LOAD_NAME), then its own.
limit = 10
class Config:
    doubled = limit * 2
    limit = 5
print(Config.doubled, Config.limit)
