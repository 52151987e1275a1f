# Raising chained exceptions 60000 times in a loop (each with __context__ and __cause__) runs in bounded memory.
# molt: max-rss-kb=20000
last = None
n_cause = 0
for i in range(60000):
    try:
        try:
            {}[i]
        except KeyError as k:
            if i % 2:
                raise ValueError(i) from k
            raise IndexError(i)
    except LookupError as e:
        last = e
    except ValueError as e:
        n_cause += 1
        last = e
print(n_cause, repr(last))
keep = []
for i in range(30000):
    try:
        raise RuntimeError("x", keep)
    except RuntimeError as e:
        keep.append(e) if i == 0 else None
print(len(keep), keep)
caught = 0
def rec(n):
    return rec(n + 1)
for i in range(30):
    try:
        rec(0)
    except RecursionError:
        caught += 1
print("recursion errors caught", caught)
