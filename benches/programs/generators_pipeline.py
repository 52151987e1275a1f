# Micro-benchmark, generators: a pipeline of generator functions and generator expressions (filter, map, windowing), send() into a coroutine-style accumulator, and yield from delegation.
# molt: max-slowdown=0.6 max-rss-kb=8000 max-allocs=369
# Speed floor 1.67x (measured 3.5x with inline sum() and handled-stack checks, decision 0022); generator resumption still goes through the runtime.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

def windows(xs, k):
    window = []
    for x in xs:
        window.append(x)
        if len(window) == k:
            yield window[0] + window[-1]
            window.pop(0)

def averager():
    total = 0
    count = 0
    average = 0
    while True:
        term = yield average
        total += term
        count += 1
        average = total // count

def chained(n):
    yield from numbers(n)
    yield from numbers(n)

total = 0
for round_ in range(4):
    total += sum(windows(evens(numbers(200000)), 3))
    total += sum(x * 3 for x in numbers(100000) if x % 3)
    acc = averager()
    next(acc)
    for v in numbers(100000):
        total += acc.send(v)
    total += sum(chained(50000))
print(total)
