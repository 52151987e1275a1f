# molt: max-rss-kb=16000
# a million short-lived reference cycles: the cycle collector keeps memory bounded
n = 0
for i in range(1000000):
    a = [i]
    b = [a, (a, i)]
    a.append(b)
    n += len(a) + len(b)
print(n)
