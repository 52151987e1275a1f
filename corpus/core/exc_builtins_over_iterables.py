# enumerate, zip, reversed, sum, any, all, sorted and list.sort; ends with sorting mixed types
xs = [5, 3, 8, 1, 9, 2]
for i, x in enumerate(xs):
    print(i, x, end='; ')
print()
print(list(enumerate('abc', 10)), list(zip(xs, 'abcdef', range(100))), list(zip()), list(reversed(xs)), list(reversed('héllo')), list(reversed(range(5))))
print(sum(xs), sum([0.5, 0.25]), sum([[1], [2]], []), any([0, 0, 3]), all([]), all([1, 0]), any([]))
print(sorted(xs), sorted('hello'), sorted([(2, 'b'), (1, 'z'), (2, 'a')]), sorted([3.5, 1, True, -2]))
ys = [4, 1, 3]
ys.sort()
zs = ['b', 'c', 'a']
zs.sort(reverse=True)
print(ys, zs, sorted(range(100, 0, -7)), sorted(list(range(70))[::-1])[:5])
d = {'b': 2, 'a': 1}
for k, v in sorted(d.items()):
    print(k, v)
big = [(i * 7919) % 101 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-3:])
print(sorted([1, 'a']))
