# molt: expect=reject MOLT0003
# Uses a generator expression as a call argument, which this slice does not support.
print(max(i * i % 7 for i in range(10)))
