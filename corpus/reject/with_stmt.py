# molt: expect=reject MOLT0002
# Uses a with statement, which this slice does not support.
with open(__file__):
    print("inside with")
