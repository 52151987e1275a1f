# Many generators created and abandoned half-way (finally bodies run when they are dropped), and long delegation chains: memory stays bounded.
# molt: max-rss-kb=20000
closed = 0

def gen(n):
    global closed
    data = [n] * 10
    try:
        for x in data:
            yield x
    finally:
        closed += 1

total = 0
for i in range(100000):
    g = gen(i)
    total += next(g)
    if i % 2 == 0:
        total += next(g)
print(total, closed)

def chain(n):
    yield from gen(n)

s = 0
for i in range(30000):
    s += sum(chain(i))
print(s, closed)
