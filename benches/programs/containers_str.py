# Micro-benchmark, str family: building with join, split, replace, find, formatting, slicing.
# molt: max-allocs=588206
parts = []
for i in range(60000):
    parts.append(f"{i:05d}:{i * 3 % 97}")
text = ",".join(parts)
fields = text.split(",")
count = 0
for f in fields:
    k, v = f.split(":")
    if v.startswith("1"):
        count += int(k[-2:])
t = text.replace(":", "=").upper()
pos = 0
found = 0
while True:
    pos = t.find("=9", pos) + 1
    if pos == 0:
        break
    found += 1
print(len(text), len(fields), count, found, t[:30], "{:>12,}".format(len(t)))
