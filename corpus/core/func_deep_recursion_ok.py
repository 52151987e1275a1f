# Checks recursion to depth 900 (just under CPython's default limit of 1000) works.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)
print(depth(100), depth(500), depth(900))
print(sum_to(900), 900 * 901 // 2)
