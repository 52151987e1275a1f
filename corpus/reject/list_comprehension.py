# molt: expect=reject MOLT0003
# Uses a list comprehension, which this slice does not support.
squares = [i * i for i in range(5)]
print(len(squares))
