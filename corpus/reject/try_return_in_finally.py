# molt: expect=reject MOLT0002
# Uses return inside a finally body, which would swallow the pending exception; not supported.
def f():
    try:
        return 1 // 0
    finally:
        return "swallowed"
print(f())
