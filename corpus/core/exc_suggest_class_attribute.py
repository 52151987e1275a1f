# A misspelt class attribute read on the class ends with CPython's suggestion.
class Config:
    retries = 3
    timeout = 10
print(Config.retries)
print(Config.timout)
