# Generator expressions passed to builtins and constructors: sum, min, max, sorted, any, all, join, dict, set, tuple, list, zip, enumerate.
xs = [3, 1, 2]
print(sum(x * x for x in range(10)))
print(sorted(x + 1 for x in xs if x > 1))
print(max((len(w), w) for w in "a bb ccc".split()))
print(min(x * -1 for x in range(4)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print(any(x > 3 for x in []), all(x > 3 for x in []))
print(", ".join(str(x) for x in range(4)))
print(set(x % 3 for x in range(10)) == {0, 1, 2})
print(tuple(c.upper() for c in "abc"))
print(dict((k, v) for k, v in zip("ab", [1, 2])))
print(list(x for x in xs))
print(list(enumerate(x * 2 for x in range(3))))
print(list(zip((x for x in "ab"), (y for y in range(5)))))
print(sum(1 for line in ["a", "", "b"] if line))
print(sum(x * y for x in range(3) for y in range(3) if x != y))
print(list((x, y) for x in range(3) if x for y in "ab"))
print(max((x for x in []), default="empty"))
words = ["apple", "bob", "kayak", "level", "python"]
print(sorted((w for w in words if w == w[::-1]), key=lambda w: -len(w)))
total = 0
for i in range(2000):
    total += sum(j for j in range(3))
print(total)
