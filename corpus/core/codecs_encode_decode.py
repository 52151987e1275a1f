# str.encode and bytes.decode: UTF-8, ASCII and Latin-1 under their aliases, round trips
samples = ["", "plain", "café", "naïve résumé", "€100", "日本語", "emoji 😀!", "mixed é€😀"]
for s in samples:
    u = s.encode()
    print(repr(s), u, len(u), u.decode() == s, s.encode("utf-8") == u, u.decode("utf8") == s)
for name in ["utf-8", "UTF-8", "utf8", "UTF8", "u8", "utf_8", "ascii", "ASCII", "us-ascii", "latin-1", "latin1", "Latin_1", "iso-8859-1", "ISO8859-1", "l1", "cp819"]:
    print(name, "abc".encode(name), b"abc".decode(name), "abc".encode(encoding=name))
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"), bytes(range(250, 256)).decode("latin-1"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(bytearray(b"xy"), "latin-1"), str(b"abc"), str(encoding="ascii"))
print(bytes("héllo", "utf-8"), bytearray("héllo", "latin-1"), bytes("x", encoding="ascii"))
print(b"".decode(), "".encode("ascii"), bytearray(b"ok").decode())
print(b"caf\xc3\xa9".decode().upper().encode())
# Error handlers
print("a€b😀c".encode("ascii", "replace"), "a€b😀c".encode("ascii", "ignore"), "a€b😀c".encode("ascii", "backslashreplace"))
print("a€bé".encode("latin-1", "xmlcharrefreplace"), "é€".encode("latin-1", errors="replace"))
print(b"ab\x80\xffcd".decode("utf-8", "replace"), b"ab\x80\xffcd".decode("utf-8", "ignore"), b"ab\x80\xffcd".decode("utf-8", "backslashreplace"))
print(b"a\xf0\x9f\x98".decode("utf-8", "replace"), b"a\xe2\x28\xa1".decode("utf-8", "replace"), b"\xed\xa0\x80x".decode("utf-8", "replace"))
print(b"ab\x80\x81".decode("ascii", "replace"), b"ab\x80\x81".decode("ascii", "ignore"), b"\xc3\xa9".decode("ascii", errors="backslashreplace"))
print("abc".encode("ascii", "bogus"), b"abc".decode("utf-8", "bogus"))
