# Checks len, indexing and slicing of non-ASCII strings by code point (é, 中文, emoji, combining marks).
s = "héllo wörld"
print(s, len(s), s[1], s[-4], s[1:5], s[::-1])
c = "中文字符串"
print(c, len(c), c[0], c[-1], c[1:3], c[::2], c[::-1])
e = "a😀b🎉c"
print(e, len(e), e[1], e[3], e[-1], e[1:4], e[::-1])
m = "e\u0301"
print(m, len(m), repr(m[0]), repr(m[1]))
mix = "Zürich→東京🚄!"
for i in range(len(mix)):
    print(i, mix[i], ord(mix[i]), -len(mix) + i, mix[-len(mix) + i])
print(ord("é"), ord("中"), ord("😀"), chr(233), chr(20013), chr(128512), chr(0x1F680))
print(len("𝔘𝔫𝔦𝔠𝔬𝔡𝔢"), "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"[2:5])
