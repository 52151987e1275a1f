# lists are shared, not copied: aliasing through names, in-place += and *=, nested and item updates
a = [1, 2]
b = a
b.append(3)
print(a, b, a is b)
a += [4]
print(a, b)
a = a + [5]
print(a, b, a is b)
c = [0]
d = c
c *= 3
print(c, d, c is d)
counts = [0, 0, 0]
for ch in 'abcabca':
    counts[ord(ch) - ord('a')] += 1
print(counts)
row = [0, 0]
grid = [row, row]
grid[0][1] = 9
print(grid)
def add_item(lst, item):
    lst.append(item)
    return len(lst)
shared = []
print(add_item(shared, 'x'), add_item(shared, 'y'), shared)
def grow(lst=[]):
    lst.append(len(lst))
    return lst
first = grow()
second = grow()
print(first, second, first is second)
s = 'ab'
s += 'cd'
t = (1,)
t += (2,)
n = 5
n += 2.5
print(s, t, n)
