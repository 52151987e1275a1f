# Checks that for-loops evaluate their iterable once even when the body rebinds it, loop variables after loops, and chained assignment.
n = 3
for i in range(n):
    n = n + 10
    print(i, n)
s = "abc"
for ch in s:
    s = s + "!"
    print(ch, s)
t = (1, 2, 3)
for v in t:
    t = t + (v,)
    print(v, t)
def f():
    for i in range(2):
        pass
    i = i * 10
    return i
print(f())
x = 5
def g():
    global x
    for x in range(3):
        pass
    return x
print(g(), x)
def h(k):
    while k:
        k -= 1
        if k == 2:
            continue
        print("h", k)
    else:
        print("else", k)
h(4)
a = b = 7
print(a, b)
a = b = "s"
c, d = e = (1, 2)
print(a, b, c, d, e)
