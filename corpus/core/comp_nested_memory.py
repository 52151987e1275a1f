# molt: max-rss-kb=20000
# comprehensions in a long loop keep memory bounded
total = 0
for i in range(20000):
    row = [j * i for j in range(20) if j % 3]
    index = {k: v for k, v in enumerate(row)}
    total += len(row) + len(index) + sum(row) % 7
print(total)
