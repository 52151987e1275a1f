# key= and reverse= for sorted and list.sort, key= and default= for min and max, with lambdas and functions; errors raised by key functions.
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: len(w), reverse=True))
print(sorted(words, reverse=True))
def last(w):
    return w[-1]
print(sorted(words, key=last))
xs = [5, 3, 8, 1, 9, 2]
xs.sort(key=lambda v: -v)
print(xs)
xs.sort(key=lambda v: v % 3, reverse=True)
print(xs)
print(min(words, key=lambda w: len(w)), max(words, key=lambda w: len(w)))
print(min([], default="none"), max([], default=0), max([3, 1], default=9))
print(min(3, 1, 2, key=lambda v: -v), max(xs, key=lambda v: (v % 4, v)))
pairs = [(i % 3, -i) for i in range(10)]
print(sorted(pairs, key=lambda p: p[0]))
big = list(range(100))
print(sorted(big, key=lambda v: (v % 7, -v))[:20])
try:
    sorted([1, "a", 2], key=lambda v: v)
except TypeError as e:
    print(e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(e)
try:
    sorted([3, 0, 1], key=lambda v: 10 // v)
except ZeroDivisionError as e:
    print("key raised:", e)
try:
    min([])
except ValueError as e:
    print(e)
