# Checks that ord() of an empty string raises TypeError: ord() expected a character, but string of length 0 found.
s = "x"
print(ord(s), ord("😀"))
print(ord(s[1:]))
