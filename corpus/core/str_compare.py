# Checks string comparisons by code point order, including prefixes, case, and non-ASCII.
pairs = (("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "z"), ("中", "😀"), ("abc", "abc"), ("B", "AB"), ("10", "9"))
for p in pairs:
    a, b = p
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print("a" * 3 == "aaa", "ab" + "c" == "abc", "x" != "X", "" == "", "\u00e9" == "é", "e\u0301" == "é")
print(min("zebra"), max("zebra"), min("b", "a", "c"), max("b", "a", "c"), max("é", "e"), min("Ab", "aB"))
