# Checks print() with empty, None, multi-character and Unicode sep/end values, no arguments, and mixed value types.
print()
print("a", "b", "c", sep="")
print("a", "b", "c", sep=None)
print("a", "b", "c", end=None)
print("a", "b", sep=" -- ", end=" <end>\n")
print("only", sep="IGNORED")
print(sep="x", end="[empty]\n")
print(1, 2.0, None, True, "s", (1, "s"), sep="|")
print("no newline", end="")
print(" continues", end="")
print()
print("é", "😀", sep="→", end="←\n")
print("tab", "sep", sep="\t")
print("multi", "line", sep="\n", end="\n\n")
for i in range(5):
    print(i, end=", " if i < 4 else "\n")
s = "-"
for i in range(4):
    print("x", "y", sep=s * i, end=str(i) + "\n")
print("%d%%" % 50, "%s" % "", "", "x", sep="|")
print("a", "", "c", sep=",")
print("", end="")
print("last")
