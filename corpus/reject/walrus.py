# molt: expect=reject MOLT0003
# Uses an assignment expression (walrus), which this slice does not support.
n = 0
while (n := n + 1) < 3:
    print(n)
