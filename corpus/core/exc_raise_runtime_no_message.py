# Checks that raising RuntimeError with no arguments prints just the class name (uncaught).
print("about to raise")
raise RuntimeError()
