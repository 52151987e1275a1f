# molt: expect=reject MOLT0003
# Uses a generator function with yield, which this slice does not support.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
for v in count_up(3):
    print(v)
