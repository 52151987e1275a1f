# Realistic: run-length encoding and decoding of strings built by concatenation, including Unicode and long runs.
def rle(s):
    if s == "":
        return ""
    out = ""
    prev = s[0]
    n = 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out = out + str(n) + prev
            prev = ch
            n = 1
    return out + str(n) + prev
def unrle(s):
    out = ""
    num = 0
    for ch in s:
        if "0" <= ch <= "9":
            num = num * 10 + int(ch)
        else:
            out = out + ch * num
            num = 0
    return out
samples = ("", "a", "aa", "ab", "aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "ééé😀😀x", "xyz" * 4)
for s in samples:
    e = rle(s)
    print(repr(s[:20]), len(s), repr(e), unrle(e) == s)
big = ""
for k in range(1, 15):
    big = big + chr(96 + k) * (k * k)
e = rle(big)
print(len(big), e, unrle(e) == big)
look = "1"
for i in range(12):
    print(i, len(look), look if len(look) < 40 else look[:40] + "...")
    nxt = ""
    j = 0
    while j < len(look):
        k = j
        while k < len(look) and look[k] == look[j]:
            k += 1
        nxt = nxt + str(k - j) + look[j]
        j = k
    look = nxt
