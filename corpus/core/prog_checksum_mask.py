# Realistic: 32-bit hash mixing (FNV-1a and a murmur-style finalizer) with & 0xFFFFFFFF masks over Unicode text.
MASK = 0xFFFFFFFF
def fnv1a(s):
    h = 0x811C9DC5
    for ch in s:
        h ^= ord(ch)
        h = (h * 0x01000193) & MASK
    return h
def fmix(h):
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & MASK
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & MASK
    h ^= h >> 16
    return h
def rotl(x, r):
    return ((x << r) | (x >> (32 - r))) & MASK
def adler32(s):
    a = 1
    b = 0
    for ch in s:
        a = (a + ord(ch)) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
for text in ("", "a", "abc", "hello world", "héllo wörld", "中文字符", "😀😁😂", "The quick brown fox jumps over the lazy dog"):
    h = fnv1a(text)
    print(repr(text), h, hex(h), fmix(h), hex(rotl(h, 13)), adler32(text))
acc = 0
for i in range(64):
    acc = fmix(acc ^ (i * 0x9E3779B9)) & MASK
    acc = rotl(acc, i % 31 + 1) ^ (~acc & 0xFFFF)
    if i % 8 == 7:
        print(i, acc, bin(acc))
print(-1 & MASK, (-12345) & MASK, (2 ** 100 + 7) & MASK, ~0 & MASK)
