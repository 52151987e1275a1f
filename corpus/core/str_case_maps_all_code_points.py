# Checks upper/lower/title/casefold of every code point below U+20000 (all of Unicode's case mappings), including multi-character expansions and final sigma.
def checksum(text):
    total = 0
    for ch in text:
        total = (total * 31 + ord(ch)) % 1000000007
    return total


for name in ["upper", "lower", "title", "casefold"]:
    changed = 0
    longer = 0
    total = 0
    for c in range(0x20000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        ch = chr(c)
        if name == "upper":
            m = ch.upper()
        elif name == "lower":
            m = ch.lower()
        elif name == "title":
            m = ch.title()
        else:
            m = ch.casefold()
        if m != ch:
            changed += 1
            total = (total * 7 + checksum(m) + c) % 1000000007
        if len(m) > 1:
            longer += 1
    print(name, changed, longer, total)

print("ß".upper(), "ﬃ".upper(), "ΐ".upper(), "İ".lower(), "ǅ".title(), "ﬀ".casefold())
print("ΟΔΟΣ ΣΑΣ".lower(), "Σ".lower(), "AΣ.".lower())
print("straße".upper().lower(), "ǈemo".title(), "ᾳ".upper(), "ᾳ".title())
for s in ["Hello, World 123!", "", "a", "Z", "MiXeD_cAsE-09", "already lower", "ALREADY UPPER", "tab\there\n"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.swapcase()), repr(s.capitalize()))
