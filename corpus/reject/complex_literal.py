# molt: expect=reject MOLT0003
# Uses a complex number literal, which this slice does not support.
z = 2j
print(z * z)
