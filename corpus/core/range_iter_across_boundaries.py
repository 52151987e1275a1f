# Checks for-range iteration whose loop variable crosses 2**47, 2**63 and 2**64 (both directions), plus in/len/min/max.
for i in range(2 ** 47 - 3, 2 ** 47 + 3):
    print(i, i - 2 ** 47, i + 1, i * 2)
for i in range(-(2 ** 47) + 2, -(2 ** 47) - 3, -1):
    print(i, i + 2 ** 47, i - 1)
for i in range(2 ** 63 - 2, 2 ** 63 + 2):
    print(i, i - 2 ** 63, i % 7)
for i in range(2 ** 64 + 5, 2 ** 64 - 6, -4):
    print(i, i - 2 ** 64)
for i in range(-(2 ** 63) - 10, -(2 ** 63) + 10, 2 ** 2 + 1):
    print(i, i + 2 ** 63)
for i in range(0, 2 ** 70, 2 ** 68):
    print(i, i >> 60)
r = range(2 ** 47 - 5, 2 ** 64, 2 ** 47)
print(len(r), min(r), max(r), 2 ** 47 - 5 in r, 2 ** 48 - 5 in r, 2 ** 48 - 4 in r, 2 ** 64 - 5 in r)
print(r[0], r[-1], r[1], r[len(r) - 1] == max(r))
r2 = range(2 ** 47, -(2 ** 47), -(2 ** 46))
print(len(r2), min(r2), max(r2), 0 in r2, 2 ** 46 in r2, -(2 ** 47) in r2, -(2 ** 46) in r2)
count = 0
total = 0
for i in range(2 ** 47 - 50, 2 ** 47 + 50):
    count += 1
    total += i
print(count, total, total == 100 * 2 ** 47 - 50)
i = 2 ** 47 - 2
while i <= 2 ** 47 + 1:
    print("while", i, i == 2 ** 47)
    i += 1
