# Checks that ValueError() with no arguments prints just the type name as the last line.
x = 5
if x > 3:
    raise ValueError()
