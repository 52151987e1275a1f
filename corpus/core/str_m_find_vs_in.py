# find, index, count, in and startswith agree with each other and with slicing on many haystack/needle pairs
hay = 'banana bandana'
needles = ['a', 'an', 'ana', 'ban', 'band', 'nab', '', ' ', 'x', 'banana bandana', 'a b']
for n in needles:
    f = hay.find(n)
    r = hay.rfind(n)
    c = hay.count(n)
    ok = (n in hay) == (f >= 0)
    if f >= 0:
        ok = ok and hay[f:f + len(n)] == n and hay.startswith(n, f) and hay.index(n) == f and hay.rindex(n) == r
    print(repr(n), f, r, c, ok)
for start in range(-3, 16, 3):
    print(start, hay.find('an', start), hay.rfind('an', start), hay.count('an', start), hay.find('an', 0, start))
