# Checks that finally updates globals and locals correctly across many iterations with mixed outcomes.
opened = 0
closed = 0
def use(i):
    global opened, closed
    opened += 1
    try:
        if i % 5 == 0:
            raise ValueError(i)
        if i % 7 == 0:
            return "early"
        return i * 2
    finally:
        closed += 1
results = {"ok": 0, "early": 0, "err": 0}
acc = 0
for i in range(1, 1001):
    try:
        r = use(i)
    except ValueError:
        results["err"] += 1
    else:
        if r == "early":
            results["early"] += 1
        else:
            results["ok"] += 1
            acc += r
print(opened, closed, results, acc)
