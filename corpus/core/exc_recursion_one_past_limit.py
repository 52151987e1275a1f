# Checks that recursing one level past CPython 3.11's limit (999 frames plus the module frame) raises RecursionError.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(998))
print(depth(999))
