# Checks for/while else clauses in nested loops: break skips only its own loop's else, continue does not.
for i in range(4):
    for j in range(4):
        if j == i:
            print("break inner", i, j)
            break
        if j == 2:
            continue
        print("pair", i, j)
    else:
        print("inner else", i)
else:
    print("outer else")
for ch in "abc":
    n = 0
    while n < 5:
        n += 1
        if ch == "b" and n == 3:
            break
    else:
        print("while else", ch, n)
    print("after while", ch, n)
for t in ():
    print("never")
else:
    print("empty tuple else")
for i in range(10, 0):
    print("never")
else:
    print("empty range else", "i" in "xyz")
k = 0
while k < 0:
    k += 1
else:
    print("while false else", k)
def find(s, target):
    for idx in range(len(s)):
        if s[idx] == target:
            return idx
    else:
        return -1
print(find("hello", "l"), find("hello", "z"), find("", "a"))
found = None
for a in range(2, 30):
    for b in range(2, a):
        if a % b == 0:
            break
    else:
        if a > 20:
            found = a
            break
print("first prime over 20:", found)
x = 0
for i in range(3):
    for j in range(3):
        for k in range(3):
            if (i + j + k) % 4 == 3:
                continue
            x = x * 3 + k
        else:
            x += 1
    else:
        x -= i
print(x)
