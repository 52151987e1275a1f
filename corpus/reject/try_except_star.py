# molt: expect=reject MOLT0002
# Uses except* (exception groups), which is not supported.
try:
    raise ValueError("v")
except* ValueError:
    print("caught in group")
