# Micro-benchmark, bytes family: building a bytearray, encoding and decoding, split and join on bytes, indexing, hashing bytes keys.
# molt: max-allocs=336310
buf = bytearray()
for i in range(100000):
    buf.append(i % 251)
    if i % 10 == 9:
        buf += b"\n"
blob = bytes(buf)
lines = blob.split(b"\n")
checksum = 0
for line in lines:
    if line:
        checksum = (checksum * 31 + line[0] + line[-1] + len(line)) % 1000003
text_lines = [f"row {i}: caf\u00e9 {i * 7 % 13}" for i in range(20000)]
encoded = [t.encode() for t in text_lines]
joined = b"|".join(encoded)
decoded = joined.decode("utf-8")
counts = {}
for e in encoded:
    key = e[:6]
    counts[key] = counts.get(key, 0) + 1
found = 0
pos = 0
while True:
    pos = joined.find(b"caf", pos) + 1
    if pos == 0:
        break
    found += 1
print(len(blob), len(lines), checksum, len(decoded), len(counts), found, joined.count(b"|"), blob.hex()[:20])
