# molt: expect=reject MOLT0003
# A yield inside a larger expression: Molt saves variables across a yield, not partly evaluated expressions.
def g():
    total = 0
    while True:
        total += yield total
print(next(g()))
