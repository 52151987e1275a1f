# Sorting records by computed keys: multi-level keys with tuples, reverse, stability, and min/max by key.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "la"), ("dee", 25, "nyc"), ("eve", 40, "sf")]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: (p[1], p[0])))
counts = {}
for name, age, city in people:
    counts[city] = counts.get(city, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=lambda c: counts[c]), min(counts.values()))
