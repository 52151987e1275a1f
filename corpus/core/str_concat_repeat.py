# Checks string concatenation, repetition (incl. zero, negative, bool counts), and += building.
print("ab" + "cd", "" + "", "é" + "中" + "😀", "x" * 5, 3 * "yz", "abc" * 0, "abc" * -3, "q" * True)
s = ""
for i in range(10):
    s += str(i)
    print(s, len(s))
t = "-=" * 20
print(t, len(t))
line = "#" * 3 + " title " + "#" * 3
print(line)
big = "ab" * 1000
print(len(big), big[:6], big[-6:], big[999:1003])
acc = "start"
acc *= 2
print(acc)
