# Checks the last line for an uncaught KeyError whose string argument contains a single quote (repr switches to double quotes).
print("k")
raise KeyError("it's")
