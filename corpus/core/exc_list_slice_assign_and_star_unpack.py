# slice assignment and deletion on lists (plain and extended), starred unpacking; ends assigning into a str slice
a = [0, 1, 2, 3, 4, 5]
a[1:3] = [9, 9, 9]
print(a)
a[::2] = [7, 7, 7, 7]
print(a)
del a[::3]
print(a)
del a[1:2]
print(a)
a[5:1] = ['x']
print(a)
a[-1:] = 'ab'
print(a)
a[:] = a
print(a, a[1:3], a[0])
b = list(range(10))
b[2:5] += [99]
del b[-2:], b[0]
print(b)
first, *rest = [1, 2, 3]
*init, last = 'hello'
x, *mid, y = (1, 2)
p, (q, *r) = 1, [2, 3, 4]
print(first, rest, init, last, x, mid, y, p, q, r)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
s = 'abc'
s[0:1] = 'z'
