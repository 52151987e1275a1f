# Checks slicing and indexing of mixed-width Unicode strings (ASCII, Latin-1, BMP, astral) with negative steps.
s = "aé€😀b中ñ𝄞z"
print(len(s))
for i in range(-len(s), len(s)):
    print(i, s[i], ord(s[i]), repr(s[i]))
for step in (1, 2, 3, -1, -2, -3, 7, -7, 100, -100):
    print(step, s[::step], s[1::step], s[-2::step], s[2:-2:step], s[-1:0:step], len(s[::step]))
print(s[::-1][::-1] == s, s[3:4] == "😀", s[-2:] + s[:-2], s[4:2], s[len(s):], repr(s[99:]))
t = ""
for ch in s:
    t = ch + t
print(t, t == s[::-1], t[::2], t[1::2])
print("😀" * 3, ("é" + "😀") * 2, len("😀" * 3), ("ab😀" * 3)[::-2], ("ab😀" * 3)[-3::-3])
print(min(s), max(s), "€" in s, "😀b" in s, "b😀" in s, s < "aé€😁", s > "aé€")
