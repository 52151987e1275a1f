# bytearray is mutable: item and slice assignment, del, and its own methods
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b"abcdef"
print(ba)
ba[::2] = b"12345"[:len(ba[::2])]
print(ba)
ba[2:2] = [33, 34]
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
ba.append(120)
ba.extend(b"yz")
ba.extend([49, 50])
ba.extend(range(51, 53))
ba.insert(0, 60)
ba.insert(-1, 61)
ba.insert(100, 62)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(120)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.append(33)
print(ba, c, c is ba)
ba.clear()
print(ba, len(ba))
grow = bytearray()
for i in range(1000):
    grow.append(i % 256)
print(len(grow), grow[255], grow[256], sum(grow))


def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)


x = bytearray(b"ab")
attempt(lambda: x.append(300))
attempt(lambda: x.append("a"))
attempt(lambda: x.append(b"a"))
attempt(lambda: x.insert(0))
attempt(lambda: x.pop(5))
attempt(lambda: bytearray().pop())
attempt(lambda: x.remove(122))
attempt(lambda: x.extend("str"))
attempt(lambda: x.extend(5))
attempt(lambda: x.extend([1, 256]))


def set_item(i, v):
    x[i] = v


def set_slice(v):
    x[::2] = v


def del_item(i):
    del x[i]


attempt(lambda: set_item(5, 1))
attempt(lambda: set_item(0, 256))
attempt(lambda: set_item(0, "a"))
attempt(lambda: set_item("0", 1))
attempt(lambda: set_slice(b"xyz"))
attempt(lambda: del_item(9))
attempt(lambda: x[9])
attempt(lambda: b"ab"[9])
key = "x"
attempt(lambda: b"ab"[key])
attempt(lambda: x["x"])
print(x)


def set_slice_to(v):
    x[0:1] = v


attempt(lambda: set_slice_to(1.5))
attempt(lambda: set_slice_to(5))
attempt(lambda: set_slice_to("s"))
set_slice_to(iter([104, 105]))
print(x)
y = bytearray(b"ab")
y *= 3
alias = y
y *= 0
print(y, alias is y, len(alias))
attempt(lambda: bytearray(b"a").insert(2 ** 70, 1))
attempt(lambda: bytearray(b"a").pop(2 ** 70))
attempt(lambda: bytearray().pop("a"))
attempt(lambda: bytearray(b"abc")[2 ** 70])
attempt(lambda: bytearray(b"a").extend(iter([1, 300])))
attempt(lambda: bytearray(b"a").extend(2.5))
