# molt: expect=reject MOLT0002
# Uses try/except, which this slice does not support.
try:
    print(1 // 0)
except ZeroDivisionError:
    print("caught")
