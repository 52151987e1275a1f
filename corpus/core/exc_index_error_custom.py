# Checks that a raised IndexError keeps its custom message, including non-ASCII text.
def get(s, i):
    if i >= len(s) or i < -len(s):
        raise IndexError("position " + str(i) + " outside «" + s + "»")
    return s[i]
print(get("héllo", 1), get("héllo", -1))
print(get("héllo", 5))
