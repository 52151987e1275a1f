# Checks bytearray.append (a direct method) with valid and invalid values, and str.encode/bytes.decode with the usual spellings of utf-8, ascii and latin-1 (looked up without normalizing) and with other spellings.
ba = bytearray(b"ab")
ba.append(99)
ba.append(True)
for bad in [256, -1, "x", 1.5, 2**70]:
    try:
        ba.append(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ba, "é".encode(), "é".encode("utf-8"), "é".encode("UTF-8"), "abc".encode("ascii"), "é".encode("latin-1"), "é".encode("Latin_1"), "x".encode(" utf8 "))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print(b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("latin1"))
