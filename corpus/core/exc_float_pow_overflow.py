# Checks that float ** overflowing the range raises OverflowError (uncaught), while int ** stays exact.
print(2 ** 2000 > 0)
print(10.0 ** 300)
print(2.0 ** 1023)
print(10.0 ** 400)
