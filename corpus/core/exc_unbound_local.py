# Checks that reading a local before assignment raises UnboundLocalError (uncaught).
total = 10
def f(n):
    if n > 0:
        print("using global-looking name")
        print(total)
    total = n
    return total
print(f(0))
print(f(1))
