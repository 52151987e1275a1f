# str.split and str.rsplit: whitespace runs (ASCII and Unicode spaces), maxsplit, one-byte and longer separators, empty pieces and non-ASCII text.
samples = ["  a b\tc\n d  ", "", "   ", "x", "a\u2003b\u3000c\x1cd\x1fe\x85f", "héllo wörld  ünï", "a,,b,", ",a,b,,", "éa,éb,,é", "one--two----three--"]
for s in samples:
    print(repr(s))
    print(" ", s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(None, 0), s.rsplit(maxsplit=2))
    print(" ", s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0), s.split(",", -1))
    print(" ", s.split("--"), s.rsplit("--", 1), s.split("é"), s.rsplit("é", 1), s.split(" "), s.split("ab"))
text = "\n".join(f"{i},name{i},{i * 3}" for i in range(50))
rows = [line.split(",") for line in text.split("\n")]
print(len(rows), rows[0], rows[-1], sum(int(r[2]) for r in rows))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError", e)
