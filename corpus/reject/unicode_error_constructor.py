# molt: expect=reject MOLT0004
# Constructing UnicodeDecodeError directly (its constructor checks five typed arguments) is not supported.
raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
