# Inline list and tuple item access: negative and out-of-range indexes, bools and big ints
# as indexes, items replaced while references to them are held, receivers that are not
# lists, and augmented assignment to items
class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v})"


xs = [10, 20, 30]
print(xs[0], xs[2], xs[-1], xs[-3], xs[True], xs[False])
for i in [3, -4, 2 ** 47, -(2 ** 47), 2 ** 70]:
    try:
        print(xs[i])
    except IndexError as e:
        print("IndexError", e)
try:
    print(xs["a"])
except TypeError as e:
    print("TypeError", e)

t = (1, "two", 3.0)
print(t[0], t[1], t[-1], t[-3])
try:
    print(t[3])
except IndexError as e:
    print("IndexError", e)

d = {0: "zero", -1: "minus one"}
s = "hello"
for obj in [xs, t, d, s, range(5)]:
    print(obj[0], obj[-1])

boxes = [Box(1), Box(2)]
held = boxes[0]
boxes[0] = Box(3)
print(held, boxes)
boxes[-1] = boxes[0]
print(boxes, boxes[0] is boxes[1])
for i in [2, -3]:
    try:
        boxes[i] = Box(9)
    except IndexError as e:
        print("IndexError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
d[5] = "five"
print(d)

counts = [0] * 4
for i in range(100):
    counts[i % 4] += i
    counts[-1] -= 1
print(counts)
names = ["a", "b"]
names[0] += "x"
names[-1] *= 3
print(names)
fl = [0.5, 1.5]
fl[0] *= 3
fl[1] /= 4
fl[0] -= 2 ** 47
print(fl)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * 3 + j
        grid[j][i] -= 1
print(grid)
nested = [xs, t]
print(nested[0][-1], nested[1][1])
lst = [1, 2, 3]
lst[1] = lst
print(len(lst), lst[1][1][0])
lst[1] = 0
print(lst)
try:
    counts[9] += 1
except IndexError as e:
    print("IndexError", e)
