# Checks RecursionError unwinding through a try/finally at every level of a deep recursion.
count = 0
def dive(n):
    global count
    try:
        return dive(n + 1)
    finally:
        count += 1
try:
    dive(0)
except RecursionError as e:
    print("caught", e)
print(count > 900, count < 1001)
def dive2(n):
    try:
        return dive2(n + 1)
    except RecursionError:
        if n % 100 == 0:
            return n
        raise
print(dive2(0) % 100)
