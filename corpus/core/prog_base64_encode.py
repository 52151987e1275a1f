# Realistic: base64 encoding and decoding of ASCII and UTF-8-like byte strings built with ord/chr and bit operations.
ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def utf8(s):
    out = ""
    for ch in s:
        c = ord(ch)
        if c < 0x80:
            out = out + chr(c)
        elif c < 0x800:
            out = out + chr(0xC0 | (c >> 6)) + chr(0x80 | (c & 0x3F))
        elif c < 0x10000:
            out = out + chr(0xE0 | (c >> 12)) + chr(0x80 | ((c >> 6) & 0x3F)) + chr(0x80 | (c & 0x3F))
        else:
            out = out + chr(0xF0 | (c >> 18)) + chr(0x80 | ((c >> 12) & 0x3F)) + chr(0x80 | ((c >> 6) & 0x3F)) + chr(0x80 | (c & 0x3F))
    return out
def b64encode(data):
    out = ""
    i = 0
    while i + 3 <= len(data):
        n = (ord(data[i]) << 16) | (ord(data[i + 1]) << 8) | ord(data[i + 2])
        out = out + ALPHA[n >> 18] + ALPHA[(n >> 12) & 63] + ALPHA[(n >> 6) & 63] + ALPHA[n & 63]
        i += 3
    rest = len(data) - i
    if rest == 1:
        n = ord(data[i]) << 16
        out = out + ALPHA[n >> 18] + ALPHA[(n >> 12) & 63] + "=="
    elif rest == 2:
        n = (ord(data[i]) << 16) | (ord(data[i + 1]) << 8)
        out = out + ALPHA[n >> 18] + ALPHA[(n >> 12) & 63] + ALPHA[(n >> 6) & 63] + "="
    return out
def index_of(ch):
    for k in range(64):
        if ALPHA[k] == ch:
            return k
    raise ValueError("bad base64 character " + repr(ch))
def b64decode(text):
    out = ""
    i = 0
    while i < len(text):
        quad = text[i:i + 4]
        n = 0
        pad = 0
        for ch in quad:
            n = n << 6
            if ch == "=":
                pad += 1
            else:
                n = n | index_of(ch)
        out = out + chr(n >> 16)
        if pad < 2:
            out = out + chr((n >> 8) & 255)
        if pad < 1:
            out = out + chr(n & 255)
        i += 4
    return out
for s in ("", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished", "héllo wörld", "€ 😀 中文", "\x00\x01\xff"):
    data = utf8(s)
    enc = b64encode(data)
    dec = b64decode(enc)
    print(repr(s), len(data), enc, dec == data)
