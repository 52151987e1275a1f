# Recursive fib: call overhead and small-int arithmetic
# molt: max-slowdown=0.35 max-allocs=67
# Speed floor 2.9x (measured 6.0x, decision 0016).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(32))
