# A starred argument is iterated when it is evaluated, before the arguments after it: a generator's side effects come first, as in CPython; errors name the callee.
def gen(tag, n):
    print("gen", tag, "runs")
    for i in range(n):
        yield i


def mark(tag):
    print("evaluate", tag)
    return tag


def f(*args, **kw):
    return args, kw


print(f(*gen("a", 2), mark("x"), *gen("b", 1), k=mark("kw")))
print(*gen("p", 3), mark("last"), sep=",")
print(max(*gen("m", 4), mark(2)))
g = f
print(g(mark("first"), *gen("c", 1)))
for bad in [lambda: f(*5, mark("never")), lambda: print(*None), lambda: max(*3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(f(*gen("lone", 2), k=mark("kw first")))
for bad in [lambda: f(1, *5), lambda: f(*[], *None), lambda: int(*5), lambda: [].append(*5), lambda: f(*5, k=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
