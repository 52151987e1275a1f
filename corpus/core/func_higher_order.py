# Higher-order helpers written in Python: apply, compose via defaults, reduce, and a small event dispatcher.
def apply_all(fns, value):
    out = []
    for fn in fns:
        out.append(fn(value))
    return out
def reduce(fn, items, start):
    acc = start
    for x in items:
        acc = fn(acc, x)
    return acc
print("start")
print(reduce(lambda a, b: a + b, range(10), 0), reduce(lambda a, b: a * b, [1, 2, 3, 4], 1))
print(reduce(lambda a, s: a + s.upper(), ["x", "y"], ""))
handlers = {}
def on(event, fn):
    handlers.setdefault(event, []).append(fn)
log = []
on("save", lambda d, log=log: log.append("saved " + d))
on("save", lambda d, log=log: log.append("audited " + d))
on("load", lambda d, log=log: log.append("loaded " + d))
for ev, data in [("save", "a"), ("load", "b"), ("save", "c"), ("none", "d")]:
    for fn in handlers.get(ev, []):
        fn(data)
print(log)
def abs_like(v):
    return v if v >= 0 else -v
print(apply_all([lambda v: v + 1, lambda v: v * v, abs_like], -3))
