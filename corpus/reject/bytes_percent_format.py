# molt: expect=reject MOLT0003
# printf-style formatting of bytes (`b"%d" % n`) is not implemented.
n = 5
print(b"count=%d" % n)
