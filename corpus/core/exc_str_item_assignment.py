# strings are immutable: item assignment is a TypeError
s = "abc"
s[0] = "z"
