# nonlocal counters: each call of the factory gets its own cell; augmented assignment through nonlocal.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return inc, peek

inc, peek = make_counter()
print(inc(), inc(), inc(5), peek())
inc2, peek2 = make_counter(100)
print(inc2(), peek(), peek2())
for _ in range(3):
    inc(2)
print(peek(), peek2())
