# Checks that an uncaught KeyError prints its argument with repr quoting.
print("looking up")
raise KeyError("missing")
