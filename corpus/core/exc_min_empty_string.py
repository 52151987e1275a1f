# Checks that min() of an empty string raises ValueError: min() arg is an empty sequence.
print(min("hello"), max("hello"), min("é😀a"))
s = "abc"
print(min(s[3:]))
