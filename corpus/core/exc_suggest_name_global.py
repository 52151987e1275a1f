# A misspelt global read in a function is suggested from the module's bound globals.
counter = 10
def bump():
    return countr + 1
print(bump())
