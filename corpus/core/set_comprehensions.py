# Set comprehensions: their own scope, nested clauses and conditions, and the order of the result.
x = "outer"
s = {x * 3 for x in range(12) if x % 2 == 0}
print(s, x)
pairs = {(i, j) for i in range(3) for j in range(3) if i != j}
print(sorted(pairs), len(pairs))
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
first = {w[0] for w in words}
print(sorted(first))
lengths = {len(w) for w in words}
print(lengths)
big = {i * 1024 for i in range(20)}
print(big)
mods = {i % 7 for i in range(100)}
print(mods)
