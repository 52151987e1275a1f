# Checks iterating over strings with for, including Unicode, break/continue/else, and building reversed strings.
for ch in "héllo😀":
    print(ch, ord(ch), repr(ch))
rev = ""
for ch in "中文 text":
    rev = ch + rev
print(rev)
for ch in "abcdef":
    if ch == "c":
        continue
    if ch == "e":
        break
    print("got", ch)
else:
    print("no break")
for ch in "xyz":
    pass
else:
    print("loop finished normally, last", ch)
for ch in "":
    print("never")
else:
    print("empty string loop else")
n = 0
for a in "ab":
    for b in "xyz":
        n += 1
        print(a + b, end=" ")
print()
print(n)
