# Each run of a comprehension gets fresh cells for its variables: lambdas from an earlier run keep that run's last value.
def batches():
    out = []
    for base in (0, 100):
        fs = [lambda: base + i for i in range(3)]
        out.append(fs)
    return out

first, second = batches()
print([f() for f in first], [f() for f in second])

def nested_clauses():
    fs = [lambda: (i, j) for i in range(2) for j in "xy"]
    return [f() for f in fs]

print(nested_clauses())
pairs = {k: (lambda: k * 2) for k in [1, 2, 3]}
print({k: f() for k, f in pairs.items()})
