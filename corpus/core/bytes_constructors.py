# bytes(...) and bytearray(...) in all their forms, and their errors
print(bytes(), bytes(0), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(3)), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytearray(), bytearray(2), bytearray([120]), bytearray(b"x"), bytearray(range(97, 100)), bytearray(bytearray(b"y")))
print(bytes(True), bytes(False), bytes(x for x in [104, 105]), bytes({7: "a"}), bytes(iter([1])))
print(bytes(source=b"kw"), bytearray(source=[1]), bytes("é", "utf-8"), bytes("é", "latin-1", "strict"), bytes("é", encoding="ascii", errors="replace"))
b = bytes(b"same")
print(b == b"same", type(b).__name__, type(bytearray(b)).__name__)
m = bytearray(b"abc")
frozen = bytes(m)
m[0] = 122
print(m, frozen)


def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


attempt(lambda: bytes(-1))
attempt(lambda: bytearray(-1))
attempt(lambda: bytes("x"))
attempt(lambda: bytearray("x"))
attempt(lambda: bytes([256]))
attempt(lambda: bytearray([256]))
attempt(lambda: bytes([-1]))
attempt(lambda: bytes(["a"]))
attempt(lambda: bytes(1.5))
attempt(lambda: bytearray(1.5))
attempt(lambda: bytes(None))
attempt(lambda: bytes(b"a", "utf-8"))
attempt(lambda: bytes(5, "utf-8"))
attempt(lambda: bytes(errors="strict"))
attempt(lambda: bytes("a", "ascii", "strict", 4))
attempt(lambda: bytes(x=1))
attempt(lambda: bytes(b"a", source=b"b"))
attempt(lambda: bytes(2 ** 70))
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance(bytearray(), bytearray), isinstance(b"", (str, bytes)))
print(type(b"") is bytes, type(bytearray()) == bytearray, bytes, bytearray, issubclass(bytes, object))
conv = [bytes, bytearray]
print([f([1, 2]) for f in conv], list(map(bytes, [[3], [4]])))
