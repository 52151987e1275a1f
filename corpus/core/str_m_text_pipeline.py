# a small text pipeline with str methods: split, join, partition, case mapping, find, center, zfill
words = "the quick  brown fox\tjumps over the lazy dog".split()
print(words, len(words), "-".join(words).upper(), ",".join(["a", "b"]))
line = "  key = value  "
k, sep, v = line.strip().partition("=")
print(repr(k.strip()), repr(v.strip()), "ΣΑΣ ΟΔΟΣ".lower(), "straße".upper(), "hello world".title())
print("abc".find("c"), "abcabc".rfind("b"), "a,b,,c".split(","), "x".center(7, "*"), "42".zfill(5), "-42".zfill(6))
