# + and * on bytes and bytearray (the left operand picks the type), and `in`
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd")
print(b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -2, bytearray(b"x") * 2, 2 * bytearray(b"yz"))
print(b"a" in b"cat", b"at" in b"cat", b"" in b"x", bytearray(b"c") in b"abc", b"z" in bytearray(b"abc"))
print(97 in b"cat", 122 in b"cat", 0 in b"\x00", True in b"\x01")
acc = b""
for i in range(5):
    acc += bytes([48 + i])
print(acc)
ba = bytearray()
alias = ba
for i in range(3):
    ba += b"ab"
print(ba, alias is ba, alias)
ba *= 2
print(ba, alias)


def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


attempt(lambda: b"a" + "s")
attempt(lambda: bytearray() + "s")
attempt(lambda: "s" + b"a")
attempt(lambda: b"a" * 1.5)
attempt(lambda: 300 in b"abc")
attempt(lambda: "x" in b"abc")
attempt(lambda: b"a" + 1)
attempt(lambda: [1] in b"a")
attempt(lambda: -1 in b"a")
attempt(lambda: b"a" - b"a")
