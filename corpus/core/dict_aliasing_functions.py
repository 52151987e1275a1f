# dicts are passed by reference to functions: mutation visible to callers, rebinding not, mutable defaults persist
def add(d, k, v):
    d[k] = v
    return len(d)
def rebind(d):
    d = {'fresh': 1}
    return d
x = {}
print(add(x, 'a', 1), add(x, 'b', 2), x)
y = rebind(x)
print(x, y)
def memo_fib(n, cache={}):
    if n in cache:
        return cache[n]
    if n < 2:
        r = n
    else:
        r = memo_fib(n - 1) + memo_fib(n - 2)
    cache[n] = r
    return r
print(memo_fib(30), memo_fib(80), memo_fib(5))
def inc_all(d):
    for k in d:
        d[k] += 1
counts = {'p': 0, 'q': 10}
inc_all(counts)
inc_all(counts)
print(counts)
nested = {'list': [], 'dict': {}}
ref = nested['dict']
ref['deep'] = nested['list']
nested['list'].append('v')
print(nested)
