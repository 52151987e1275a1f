# Checks that raise ValueError("boom") deep in nested calls propagates uncaught with exit code 1.
def level3(n):
    print("level3", n)
    if n > 2:
        raise ValueError("boom")
    return n
def level2(n):
    print("level2", n)
    return level3(n + 1) * 2
def level1(n):
    print("level1", n)
    return level2(n + 1) + 1
print(level1(0))
print(level1(1))
print("not reached")
