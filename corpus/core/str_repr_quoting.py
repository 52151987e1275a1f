# Checks repr() quoting rules: choice of quotes, escapes for control chars, and non-printable Unicode.
print(repr("plain"), repr(""), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("line\nbreak"), repr("tab\there"), repr("cr\r"), repr("back\\slash"))
print(repr("\x00"), repr("\x01\x1f"), repr("\x7f"), repr("\x80"), repr("\x9f"), repr("\xa0"), repr("\xad"))
print(repr("\u200b"), repr("\u2028"), repr("\ufeff"), repr("\U000e0001"), repr("\ud7ff"))
print(repr("é中😀"), repr("\u0301"), repr("ÿ"), repr("\xff"))
print(repr("'"), repr('"'), repr("'\""), repr("\\'"), repr("\a\b\f\v"))
s = "mixed 'single' and \"double\"\n"
print(s)
print(repr(s), len(repr(s)), str(s) == s, repr(repr("x")))
print(repr("\x1b[0m"), repr("\U0010ffff"), repr(chr(0x10ffff)), repr(chr(0xe000)), repr(chr(0x378)))
