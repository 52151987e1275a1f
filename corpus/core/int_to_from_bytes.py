# int.to_bytes and int.from_bytes: byte orders, signedness, lengths and errors
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (5).to_bytes(), (0).to_bytes(0, "big"), (0).to_bytes(3, "little"))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (127).to_bytes(1, byteorder="little", signed=True))
print((2 ** 70).to_bytes(9, "big"), (-(2 ** 70)).to_bytes(10, "little", signed=True), True.to_bytes(1, "big"), (255).to_bytes(length=1, byteorder="big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\x01\x00"), int.from_bytes(b""))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\xff\xfe", byteorder="little", signed=True), int.from_bytes(b"\x80", "big", signed=False))
print(int.from_bytes([1, 2], "little"), int.from_bytes(bytearray(b"\x00\x10"), "big"), int.from_bytes((255,) * 12, "big"), bool.from_bytes(b"\x00", "big"), bool.from_bytes(b"\x02", "big"))
for n in [0, 1, 255, 256, 65535, -1, -256, 2 ** 64 - 1, -(2 ** 63)]:
    size = (n.bit_length() + 8) // 8
    for order in ["big", "little"]:
        data = n.to_bytes(size, order, signed=True)
        assert int.from_bytes(data, order, signed=True) == n
        print(n, order, data.hex())


def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


attempt(lambda: (256).to_bytes(1, "big"))
attempt(lambda: (-1).to_bytes(1, "big"))
attempt(lambda: (1).to_bytes(1, "middle"))
attempt(lambda: (1).to_bytes(-1, "big"))
attempt(lambda: (128).to_bytes(1, "big", signed=True))
attempt(lambda: (1).to_bytes(1, "big", True))
attempt(lambda: (1).to_bytes(1.5))
attempt(lambda: (1).to_bytes(1, 5))
attempt(lambda: (1).to_bytes(2, "big", length=3))
attempt(lambda: (1).to_bytes(2, "big", bogus=1))
attempt(lambda: int.from_bytes("ab", "big"))
attempt(lambda: int.from_bytes(5, "big"))
attempt(lambda: int.from_bytes(b"a", "x"))
attempt(lambda: int.from_bytes())
attempt(lambda: int.from_bytes([256], "big"))
