# Checks recursion to exactly the deepest level CPython 3.11 allows (998 frames plus the module frame), direct and via helpers.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
def via_kw(n, acc=0):
    if n == 0:
        return acc
    return via_kw(acc=acc + n, n=n - 1)
def outer(n):
    return middle(n)
def middle(n):
    return depth(n)
print(depth(998))
print(via_kw(998), 998 * 999 // 2)
print(outer(996))
print(depth(998) + depth(998), depth(10))
