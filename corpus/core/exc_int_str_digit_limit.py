# Checks that str() of an int with more than 4300 digits raises ValueError (uncaught).
ok = 10 ** 4299
print("4300 digits:", len(str(ok)))
big = 10 ** 4300
print("about to convert 4301 digits")
s = str(big)
print("not reached", len(s))
