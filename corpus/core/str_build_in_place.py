# s += piece on a local grows the str in place (linear, as CPython's); aliases and errors keep their values
def f():
    s = "x"
    alias = s
    s += "y"
    print(s, alias)
    t = "ab"
    keep = [t]
    t += "cd"
    print(t, keep)
    u = "é"
    for i in range(5):
        u += str(i) + "ü"
    print(u, len(u), u[3], u.upper(), hash(u) == hash("é0ü1ü2ü3ü4ü"))
    d = {u: 1}
    u += "!"
    print(d, u in d, u[:-1] in d)
    n = 5
    n += 2
    z = None
    try:
        z += 1
    except TypeError as e:
        print(e, z)
    w = "abc"
    try:
        w += 5
    except TypeError as e:
        print(e, w)
    lst = [1]
    lst += [2]
    print(n, lst)
    q = "q"
    q += q
    q += q
    print(q)
    big = ""
    for i in range(10000):
        big += "0123456789"
    print(len(big), big[-3:], big.count("9"))


f()
s = "mod"
s += "ule"
print(s)


def build(n):
    out = ""
    for i in range(n):
        out += "ab"
    return out


print(len(build(400000)))
