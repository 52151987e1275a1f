# A long add/discard churn keeps the set small: dummies are reused or resized away.
# molt: max-rss-kb=12000
s = set()
total = 0
for i in range(300000):
    s.add(i)
    if i >= 50:
        s.discard(i - 50)
    total += len(s)
print(len(s), total, min(s), max(s))
