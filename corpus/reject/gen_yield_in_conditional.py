# molt: expect=reject MOLT0003
# A yield inside a part of an expression that runs conditionally ('and', 'or', 'if'-'else', comparison chains) is rejected.
def g(ready):
    total = 0
    while True:
        total += ready and (yield total)
print(next(g(True)))
