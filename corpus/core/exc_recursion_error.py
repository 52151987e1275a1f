# Checks that unbounded recursion raises RecursionError (uncaught).
def down(n):
    if n % 200 == 0:
        print("depth", n)
    return down(n + 1) + 1
print("start")
down(0)
