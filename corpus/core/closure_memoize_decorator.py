# A memoizing decorator: the wrapper closes over a dict cache and the wrapped function; the decorated name calls itself through the wrapper.
calls = 0

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

@memo
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), calls)
print(fib(90), calls)
print(repr(fib).split(" at ")[0])
