# Indexing gives ints, slicing gives the same type; iteration yields ints
b = b"abcdefgh"
print(b[0], b[7], b[-1], b[-8])
print(b[2:5], b[:3], b[5:], b[::2], b[::-1], b[-3:], b[1:7:3], b[10:], b[5:2])
ba = bytearray(b"abcdefgh")
print(ba[0], ba[-1], ba[2:5], ba[::-2])
print(list(b"xyz"), tuple(bytearray(b"xy")), [c + 1 for c in b"ab"])
print(sorted(b"hello"), max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"))
print(list(reversed(b"abc")), list(reversed(bytearray(b"abc"))))
print(list(enumerate(b"ab")), list(zip(b"ab", "xy")))
print(set(b"abca") == {97, 98, 99})
it = iter(b"hi")
print(next(it), next(it), next(it, "done"))
print(type(iter(b"")).__name__, type(iter(bytearray())).__name__)
total = 0
for byte in bytearray(b"\x10\x20"):
    total += byte
print(total)
for i, c in enumerate(b"go"):
    print(i, c, chr(c))
