# molt: expect=reject MOLT0007
# Calls a name that is bound nowhere in the program, in a branch that never runs (CPython exits cleanly).
x = 3
if x > 10:
    print(undefined_helper(x))
print("done")
