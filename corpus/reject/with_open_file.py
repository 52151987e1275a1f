# molt: expect=reject MOLT0004
# A with statement over open(): files are not supported yet (with works with user context managers).
with open(__file__):
    print("inside with")
