# molt: expect=reject MOLT0002
# Uses break to leave a finally body, which would discard the pending exception; not supported.
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        break
print("after loop")
