# Checks that augmented assignment to a local that shadows a global raises UnboundLocalError.
counter = 0
def bump():
    counter += 1
    return counter
print("before", counter)
bump()
