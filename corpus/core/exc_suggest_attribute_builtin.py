# A misspelt str method ends with CPython's suggestion from dir(str).
words = "a b c"
print(words.split())
print(words.spilt())
