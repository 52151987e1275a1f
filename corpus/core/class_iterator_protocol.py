# A user iterator: __iter__ returning self and __next__ raising StopIteration, consumed by for, list(), zip and enumerate.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
for i in Countdown(2):
    print("tick", i)
print(list(zip(Countdown(3), "abc")), list(enumerate(Countdown(2))))
it = Countdown(1)
print(list(it), list(it))

class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)

class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        a = self.a
        self.a, self.b = self.b, self.a + self.b
        return a

f = Fib(50)
print(list(f), sum(f), max(f))
