# Checks that indexing a string out of range raises IndexError (uncaught).
s = "héllo"
print(s[0], s[4], s[-5])
i = len(s)
print("indexing", i)
print(s[i])
