# Checks return of various types, early returns, implicit None and returning divmod tuples unpacked by the caller.
def kind(x):
    if x is None:
        return "none"
    if x == 0:
        return 0
    if x > 10 ** 20:
        return 2 ** 100
    return x / 2
def qr(a, b):
    return divmod(a, b)
def pair():
    return (1, "two")
def first_vowel(s):
    for ch in s:
        if ch in "aeiou":
            return ch
def no_return(x):
    x = x + 1
for v in (None, 0, 5, 10 ** 21, -3):
    print(repr(kind(v)))
q, r = qr(-17, 5)
print(q, r, qr(2 ** 100, 3))
a, b = pair()
print(a, b, pair())
print(first_vowel("rhythm"), first_vowel("strength"), no_return(1))
