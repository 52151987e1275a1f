# Set operators |, &, -, ^ and their in-place forms, between sets and frozensets, including a set with itself.
a = set(range(0, 30, 3))
b = set(range(0, 30, 5))
print(a | b)
print(a & b)
print(a - b)
print(a ^ b)
print(b - a, b ^ a)
c = set(a)
c |= b
print(c)
c &= set(range(10, 40))
print(c)
c -= {12, 15}
print(c)
c ^= {15, 16, 18}
print(c)
d = set([1, 2, 3])
d |= d
print(d)
d ^= d
print(d)
e = set([4, 5])
e -= e
print(e)
f = frozenset([1, 2, 3])
g = f | {9}
print(g, f & {2, 3, 4}, f - {1}, f ^ {1, 7})
h = {1, 2} | frozenset([3])
print(h)
f2 = f
f2 |= {10}
print(f, f2)
