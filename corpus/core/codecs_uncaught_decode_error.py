# An uncaught UnicodeDecodeError ends the program with CPython's last line
data = bytes([104, 105, 0xC3])
print(data.decode("utf-8", "replace"))
print(data.decode())
