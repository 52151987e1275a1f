# Checks 'in' / 'not in' for substrings, empty strings, Unicode, and characters in tuples.
h = "hello, wörld 中文 😀"
for n in ("hello", "o, w", "", "wörld", "world", "中", "文 😀", "😀", "x", "Hello", "d 中"):
    print(repr(n), n in h, n not in h)
print("" in "", "a" in "", "abc" in "abc", "abcd" in "abc")
print("a" in ("a", "b"), "ab" in ("a", "b"), 3 in (1, 2, 3), 4 not in (1, 2, 3))
vowels = "aeiou"
count = 0
for ch in "the quick brown fox jumps over the lazy dog":
    if ch in vowels:
        count += 1
print("vowels", count)
