# Lambda defaults are evaluated once, when the lambda is created; a mutable default is shared between calls.
def make():
    return lambda item, acc=[]: (acc.append(item), len(acc))[1]
f = make()
print(f("a"), f("b"), f("c"))
g = make()
print(g("x"))
n = 10
h = lambda v, n=n: v + n
n = 20
print(h(1), h(1, 5), h(v=2, n=3))
