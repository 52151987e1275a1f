# molt: expect=reject MOLT0002
# Uses a class definition, which this slice does not support.
class Point:
    pass
print("class defined", Point is not None)
