# Realistic: converts ints to Roman numerals and back using tuples of values, checking round trips for 1..3999.
VALUES = (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1)
SYMBOLS = ("M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I")
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: " + str(n))
    out = ""
    for i in range(len(VALUES)):
        while n >= VALUES[i]:
            out += SYMBOLS[i]
            n -= VALUES[i]
    return out
def value_of(ch):
    if ch == "I":
        return 1
    if ch == "V":
        return 5
    if ch == "X":
        return 10
    if ch == "L":
        return 50
    if ch == "C":
        return 100
    if ch == "D":
        return 500
    if ch == "M":
        return 1000
    raise KeyError(ch)
def from_roman(s):
    total = 0
    for i in range(len(s)):
        v = value_of(s[i])
        if i + 1 < len(s) and value_of(s[i + 1]) > v:
            total -= v
        else:
            total += v
    return total
for n in (1, 3, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
bad = 0
longest = ""
for n in range(1, 4000):
    r = to_roman(n)
    if from_roman(r) != n:
        bad += 1
    if len(r) > len(longest):
        longest = r
print("round-trip failures:", bad, "longest:", longest, len(longest), from_roman(longest))
