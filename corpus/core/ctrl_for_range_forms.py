# Checks for-loops over range() with one, two and three arguments, negative steps, empty ranges and big bounds.
def show(label, start, stop, step):
    out = ""
    for i in range(start, stop, step):
        out += str(i) + " "
    print(label, start, stop, step, repr(out))
for i in range(5):
    print("one-arg", i)
for i in range(0):
    print("never")
for i in range(-3):
    print("never")
for i in range(2, 7):
    print("two-arg", i)
for i in range(7, 2):
    print("never")
for i in range(-5, -1):
    print("neg two-arg", i)
show("a", 0, 10, 3)
show("b", 10, 0, -3)
show("c", 10, 0, -1)
show("d", 0, 10, -1)
show("e", -1, -10, -4)
show("f", 5, 5, 1)
show("g", 3, 4, 100)
show("h", 2 ** 70, 2 ** 70 + 5, 1)
show("i", -(2 ** 65), -(2 ** 65) - 10, -3)
show("j", 0, 1, 2 ** 100)
show("k", 100, -1, -7)
n = 4
for i in range(n * 2, -n, -n + 1):
    print("computed bounds", i)
total = 0
for i in range(100, -1, -7):
    total += i
print(total)
for i in range(3):
    for j in range(i, -1, -1):
        print(i, j, end="; ")
print()
for i in range(True, 3):
    print("bool start", i)
