# Calling builtins through values raises CPython's TypeErrors: wrong argument counts, keyword arguments they do not take, map() and filter() misuse.
f = len
for args in [(), (1, 2)]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    f(5)
except TypeError as e:
    print(e)
g = float
try:
    g(1, 2)
except TypeError as e:
    print(e)
for name, fn in [("list", list), ("tuple", tuple), ("abs", abs), ("repr", repr)]:
    try:
        fn(1, 2)
    except TypeError as e:
        print(name, e)
try:
    map(str)
except TypeError as e:
    print(e)
try:
    filter(None)
except TypeError as e:
    print(e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(e)
try:
    map(str, 5)
except TypeError as e:
    print(e)
s = sorted
try:
    s([1], bogus=1)
except TypeError as e:
    print(e)
try:
    s()
except TypeError as e:
    print(e)
m = max
try:
    m()
except TypeError as e:
    print(e)
print(m([], default="none"), s([2, 1], reverse=True))
i = int
print(i("ff", 16), i("12", base=8), i())
try:
    i(1, 2, 3)
except TypeError as e:
    print(e)
t = sum
print(t([1, 2], 10), t([1.5], start=1))
try:
    t()
except TypeError as e:
    print(e)
h = len
try:
    h(x=1)
except TypeError as e:
    print(e)
