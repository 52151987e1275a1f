# Checks that 1 + 'a' raises TypeError with the int/str operand message (uncaught).
print(1, "a")
print(1 + "a")
