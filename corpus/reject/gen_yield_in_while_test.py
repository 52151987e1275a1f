# molt: expect=reject MOLT0003
# A yield in a while loop's test (evaluated again on every iteration) is rejected.
def echo():
    while (yield "ready") != "stop":
        pass
print(next(echo()))
