# split/join/strip/replace/partition/case and padding methods on bytes and bytearray
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1), b"  a  b  ".split(), b"  a  b  ".split(None, 1), b"  a  b  ".rsplit(None, 1))
print(b"".split(), b"".split(b","), b"x".split(b"x"), b"a b".split(maxsplit=0), b"a-b-c".split(sep=b"-", maxsplit=1))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b"".splitlines(), b"\n".splitlines(keepends=True))
print(b", ".join([b"a", b"b", bytearray(b"c")]), b"".join([]), bytearray(b"-").join([b"x", b"y"]), b"+".join(iter([b"q"])))
print(b"  pad  ".strip(), b"  pad  ".lstrip(), b"  pad  ".rstrip(), b"xxpadyy".strip(b"xy"), b"\t\n\x0b\x0cx\r ".strip(), b"abc".strip(None))
print(b"a-b-c".replace(b"-", b"+"), b"a-b-c".replace(b"-", b"", 1), b"abc".replace(b"", b"."), b"abc".replace(b"", b".", 2), b"aaa".replace(b"a", b"bb"))
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"none".partition(b"="), b"none".rpartition(b"="))
print(bytearray(b"k=v").partition(b"="), bytearray(b"a b").split())
print(b"MiXeD 123".upper(), b"MiXeD 123".lower(), b"MiXeD".swapcase(), b"hello world".capitalize(), b"hello wORLD 9x".title())
print(b"abc".center(7), b"abc".center(8, b"*"), b"abc".ljust(6, b"."), b"abc".rjust(6), b"abc".center(2), b"ab".center(5, b"-"))
print(b"42".zfill(5), b"-42".zfill(6), b"+x".zfill(4), b"abc".zfill(2))
print(b"prefix_body".removeprefix(b"prefix_"), b"body.txt".removesuffix(b".txt"), b"abc".removeprefix(b"x"))
print(b"123".isdigit(), b"12a".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"".isspace())
print(b"ABC".isupper(), b"AbC".isupper(), b"abc1".islower(), b"\x80".isascii(), b"abc".isascii(), b"".isascii())
print(b"\x00\xffab".hex(), b"abcdef".hex("-"), b"abcde".hex(":", 2), b"abcde".hex(":", -2), b"".hex(), bytearray(b"ab").hex(sep=" "))
print(type(bytearray(b"a").upper()).__name__, type(bytearray(b"a b").split()[0]).__name__, type(b"a".strip()).__name__)


def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


attempt(lambda: b"a,b".split(","))
attempt(lambda: b"a,b".split(b""))
attempt(lambda: b"x".strip("x"))
attempt(lambda: b"abc".replace("b", b"x"))
attempt(lambda: b"abc".center(7, "*"))
attempt(lambda: b"abc".center(7, b"**"))
attempt(lambda: b",".join([b"a", 1]))
attempt(lambda: b",".join(["a"]))
attempt(lambda: b"a".partition(b""))
attempt(lambda: b"abc".hex("::"))
attempt(lambda: b"abc".upper(1))


def attempt_overflow(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)


attempt_overflow(lambda: b"a".ljust(2 ** 70))
attempt_overflow(lambda: b"a".ljust(-(2 ** 70)))
attempt_overflow(lambda: b"a".replace(b"a", b"b", 2 ** 70))
attempt_overflow(lambda: b"a".split(None, 2 ** 70))
attempt_overflow(lambda: b"a".zfill(2 ** 70))
attempt_overflow(lambda: b"ab".hex(":", 2 ** 70))
attempt_overflow(lambda: b"ab".hex(":", 2 ** 40))
attempt_overflow(lambda: b"ab".hex(":", True))
attempt_overflow(lambda: b"ab".hex(":", "x"))
attempt_overflow(lambda: b"a"[2 ** 70])
attempt_overflow(lambda: bytes(2 ** 70))
