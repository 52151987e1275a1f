# find/rfind/index/rindex/count/startswith/endswith on bytes and bytearray, with ranges
b = b"abracadabra"
print(b.find(b"abra"), b.find(b"abra", 1), b.rfind(b"abra"), b.find(b"zz"), b.find(b""), b.rfind(b""))
print(b.find(97), b.find(ord("c")), b.rfind(98), b.find(b"a", -3), b.find(b"a", 2, 4), b.find(b"", 11), b.find(b"", 12))
print(b.index(b"cad"), b.rindex(b"a"), b.index(100))
print(b.count(b"a"), b.count(b"abra"), b.count(b""), b.count(97, 5), b.count(b"a", 0, 4), b.count(b"", 20))
print(b.startswith(b"abr"), b.startswith(b"bra", 1), b.startswith((b"x", b"ab")), b.startswith(b"", 11), b.startswith(b"", 12))
print(b.endswith(b"bra"), b.endswith(b"cad", 0, 7), b.endswith((b"q",)), b.endswith(bytearray(b"a")))
ba = bytearray(b"hello hello")
print(ba.find(b"llo"), ba.rfind(b"llo"), ba.count(b"l"), ba.index(b"o"), ba.startswith(b"he"), ba.endswith(b"lo"))
print(b"aaaa".count(b"aa"), b"".find(b""), b"".count(b""))


def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


attempt(lambda: b.index(b"zz"))
attempt(lambda: b.rindex(b"q"))
attempt(lambda: b.find("a"))
attempt(lambda: b.count(300))
attempt(lambda: b.startswith("a"))
attempt(lambda: b.endswith(["a"]))
attempt(lambda: b.startswith((b"a", "b")))
attempt(lambda: b.find())
