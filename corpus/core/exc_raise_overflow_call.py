# Checks raising OverflowError and IndexError instances created with a message (uncaught OverflowError).
def guard(n):
    if n > 2 ** 64:
        raise OverflowError("value too large: " + str(n))
    return n
print(guard(5), guard(2 ** 64))
guard(2 ** 64 + 1)
