# UnicodeDecodeError / UnicodeEncodeError: messages, args and attributes, as CPython has them
def attempt(f):
    try:
        print(f())
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e, "|", e.args, e.encoding, e.object, e.start, e.end, e.reason)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e, "|", e.args, e.encoding, e.object, e.start, e.end, e.reason)
    except (TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: b"\xff".decode())
attempt(lambda: b"a\xe2\x82\x28".decode())
attempt(lambda: b"\xf0\x9f\x98".decode())
attempt(lambda: b"ok\xf0\x9f".decode("utf-8"))
attempt(lambda: b"\xed\xa0\x80".decode())
attempt(lambda: b"\xc0\x80".decode())
attempt(lambda: b"\xe2\x28\xa1".decode())
attempt(lambda: b"\x80".decode())
attempt(lambda: b"ab\x80\x81cd".decode("ascii"))
attempt(lambda: bytearray(b"\xfe").decode())
attempt(lambda: "héllo".encode("ascii"))
attempt(lambda: "hééllo".encode("ascii"))
attempt(lambda: "x€".encode("latin-1"))
attempt(lambda: "😀".encode("ascii"))
attempt(lambda: "a€€b€".encode("latin-1"))
attempt(lambda: "é".encode("latin-1", "bogus"))
attempt(lambda: b"\xff".decode("utf-8", "bogus"))
attempt(lambda: "ab".encode(5))
attempt(lambda: "ab".encode("ascii", 5))
attempt(lambda: b"ab".decode(5))
attempt(lambda: b"ab".decode("ascii", "strict", 1))
attempt(lambda: str("ab", "ascii"))
attempt(lambda: str(5, "ascii"))
attempt(lambda: str(b"ab", 5))
attempt(lambda: bytes("a", 5))
attempt(lambda: bytes("a", "ascii", 5))
try:
    b"\xff".decode()
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, isinstance(e, UnicodeError))
try:
    "é".encode("ascii")
except UnicodeError as e:
    print("caught as UnicodeError:", type(e).__name__, repr(str(e)))
