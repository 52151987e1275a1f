# molt: expect=reject MOLT0002
# Uses continue to leave a finally body, which would discard the pending exception; not supported.
n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            raise KeyError(n)
    finally:
        continue
print("n", n)
