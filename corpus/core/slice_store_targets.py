# `x[a:b:c] = v` on every kind of target (lists, bytearrays, dicts, classes with __setitem__, immutable sequences), the evaluation order of value, target and bounds, and same-length replacement that releases the old items
log = []


def note(tag, value):
    log.append(tag)
    return value


class Recorder:
    def __setitem__(self, key, value):
        print("setitem", type(key).__name__, key.start, key.stop, key.step, value)


a = list(range(8))
note("value", [9, 9])[0:0] = []
a[note("lo", 1):note("hi", 3)] = note("v", (10, 11))
print(a, log)
log.clear()
note("target", a)[note("lo", 0):note("hi", 2):note("step", 1)] = note("v", [7, 7])
print(a, log)

r = Recorder()
r[1:2] = "x"
r[::3] = [1]
r[:] = None
r[-1:None:-2] = ()

ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba[6:] = bytearray(b"there!")
ba[::2] = b"abcdef"
print(ba)

d = {}
try:
    d[1:2] = 3
except TypeError as e:
    print("TypeError", e)

for target in ("abc", (1, 2, 3), range(5), b"xyz"):
    try:
        target[0:1] = "z"
    except TypeError as e:
        print("TypeError", e)

# Same length from another list: old items are released and the new ones shared.
rows = [[i] for i in range(6)]
shared = [["s"], ["t"]]
rows[2:4] = shared
shared[0].append("!")
print(rows)
rows[1:3] = rows[3:5]
print(rows)
rows[0:2] = iter([["a"], ["b"]])
print(rows)
rows[0:6:5] = [0, 5]
print(rows)
rows[4:5] = rows
print(len(rows), rows[:5])

try:
    a[0:2:0] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a["x":2] = [1]
except TypeError as e:
    print("TypeError", e)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError", e)
big = 10**30
a[-big:big] = [1, 2, 3]
print(a)
