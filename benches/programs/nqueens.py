# N-queens (pyperformance style): a permutations generator yielding tuples, set comprehensions over them, plus a recursive backtracking solver
# molt: max-slowdown=0.9 max-allocs=3716325
# FIXME: only 2.0x CPython's instruction count (decisions 0023, 0024): the solver's membership-only sets are unordered since 0024, but the set comprehensions keep CPython's table (their order is observable in principle), and the permutations generator goes through the runtime; speed floor 1.1x.
def permutations(iterable):
    # Pure-Python equivalent of itertools.permutations(iterable).
    pool = tuple(iterable)
    n = len(pool)
    indices = list(range(n))
    cycles = list(range(n, 0, -1))
    yield tuple(pool[i] for i in indices)
    while n:
        for i in reversed(range(n)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices)
                break
        else:
            return


def n_queens(queen_count):
    cols = range(queen_count)
    for vec in permutations(cols):
        if queen_count == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            yield vec


def count_backtrack(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if c not in cols and (row + c) not in diag1 and (row - c) not in diag2:
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            total += count_backtrack(n, row + 1, cols, diag1, diag2)
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)
    return total


found = 0
for round_ in range(3):
    solutions = list(n_queens(8))
    found += len(solutions)
print(found, solutions[0], solutions[-1], solutions[46])
print([count_backtrack(n, 0, set(), set(), set()) for n in range(4, 12)])
