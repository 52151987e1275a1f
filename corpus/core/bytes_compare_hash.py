# Equality across bytes and bytearray, ordering, hashing and dict/set keys
print(b"abc" == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") == b"a")
print(b"abc" != b"abd", b"abc" == "abc", b"" == bytearray())
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" <= bytearray(b"abc"), bytearray(b"z") >= b"a")
print(sorted([b"pear", b"apple", b"fig", b"apple2", b""]))
print(hash(b"abc") == hash("abc"), hash(b"") == 0, hash(b"x") == hash(b"x"))
d = {b"one": 1, b"two": 2}
d[b"three"] = 3
print(d, d[b"two"], b"one" in d, b"four" in d)
print(d.get(bytes(b"one")), d.get(b"zzz"))
s = {b"a", b"b", b"a"}
print(len(s), b"a" in s)
print(max([b"b", b"ab", b"c"]), min(b"b", b"ab"))
print(b"a" in [b"x", b"a"], [b"x"].index(b"x"))
try:
    print(b"a" < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print("TypeError:", e)
