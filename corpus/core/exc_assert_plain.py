# Checks that a failing assert without message raises a bare AssertionError (uncaught).
x = 5
assert x == 5
assert x > 0, "positive"
print("asserts passed")
assert x < 0
print("not reached")
