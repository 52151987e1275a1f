# Checks that a failing assert deep inside recursion ends the program with AssertionError and its message.
def down(n):
    assert n != 3, "hit three at depth " + str(10 - n)
    print("depth", n)
    return down(n - 1)
down(10)
