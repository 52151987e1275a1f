# Sets passed as set() to parameters used only for membership (in, add, discard, remove,
# passing on) may use a table nothing can observe; every answer must still be CPython's.
# The look-alikes below iterate or return their set, and must keep CPython's order.
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
            diag2.remove(row - c)
    return total


print([count_backtrack(n, 0, set(), set(), set()) for n in range(1, 9)])


def churn(seen, keys):
    hits = 0
    for round_ in range(50):
        for k in keys:
            if k in seen:
                hits += 1
                seen.discard(k)
            else:
                seen.add(k)
    try:
        seen.remove("absent")
    except KeyError as e:
        print("KeyError:", e)
    return hits


keys = list(range(-40, 40, 3)) + ["a", "b", (1, 2), 2.5, -0.0, True, 10 ** 30, frozenset({1})]
print(churn(set(), keys))


def grows(s, n):
    for i in range(n):
        s.add(i * 7919 % 1000)
        if i % 3 == 0:
            s.discard(i)
    return sum(1 for k in range(1000) if k in s)


print(grows(set(), 5000))


def ordered(s, n):
    for i in range(n):
        s.add(i * 37 % 101)
        if i % 4 == 0:
            s.discard(i % 50)
    return list(s)


print(ordered(set(), 300))


def escapes(s):
    s.add(5)
    s.add(-3)
    s.add(64)
    return s


print(escapes(set()), 5 in escapes(set()))
