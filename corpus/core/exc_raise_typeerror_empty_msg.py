# Checks that TypeError("") with an empty message prints a last line of just "TypeError" (uncaught).
print("empty message next")
raise TypeError("")
