# Recursive fib: call overhead and small-int arithmetic
# molt: max-slowdown=0.3 max-allocs=67
# Speed floor 3.3x (measured 8.6x with frame counting inline, decision 0018).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(32))
