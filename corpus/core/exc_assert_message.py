# Checks that a failing assert with a computed message raises AssertionError: <message> (uncaught).
def check(n):
    assert n % 2 == 0, "odd value: " + str(n)
    return n // 2
print(check(10), check(2 ** 70))
print(check(7))
