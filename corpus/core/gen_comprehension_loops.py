# Checks comprehensions inside generator bodies (their loops run machine counters and inline item reads, since a comprehension cannot suspend the generator): ranges with every bound form, lists that change between yields, tuples, nested clauses, conditions and values carried across yields.
def squares(n):
    for k in range(n):
        row = [i * k for i in range(k)]
        yield row
        evens = {i for i in range(0, 2 * k, 2)}
        yield sorted(evens)
        table = {i: i * i for i in range(k, -1, -1) if i % 2}
        yield table


def rows(data):
    acc = []
    for item in data:
        acc.append(item)
        yield [x + 1 for x in acc]
        yield tuple(y for y in (item, item * 2))
        yield [a * b for a in acc for b in range(2) if a != b]


def big_bounds():
    start = 2 ** 62
    yield [x - start for x in range(start, start + 3)]
    yield [x for x in range(10, 0, -3)]
    yield len([0 for _ in range(True)])


def pairs(seq):
    i = 0
    while i < len(seq):
        yield [(seq[i], j) for j in range(i)]
        i += 1


print(list(squares(4)))
print(list(rows([1, 2, 3])))
print(list(big_bounds()))
print(list(pairs("abc")))
try:
    list(x for x in [y for y in range(3)] if 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
