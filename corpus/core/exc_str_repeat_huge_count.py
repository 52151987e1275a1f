# Checks that repeating a string by a count beyond the index range raises CPython's OverflowError message.
s = "ab"
print(repr(s * 0), repr(s * -(2 ** 62)))
n = 2 ** 63
print("about to repeat", n)
print(s * n)
