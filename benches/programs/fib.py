# Recursive fib: call overhead and small-int arithmetic
# molt: max-slowdown=0.25 max-allocs=69
# Speed floor 4x (measured 8.9x with borrowed operands, decision 0020).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(32))
