# molt: expect=reject MOLT0003
# Uses a lambda, which this slice does not support.
double = lambda x: x * 2
print(double(21))
