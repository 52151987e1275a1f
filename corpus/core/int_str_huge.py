# Checks str() and repr() of huge ints (well under the 4300 digit limit) and their lengths.
x = 7 ** 1000
s = str(x)
print(s)
print(len(s), s[0], s[-1], s[:10], s[-10:])
y = -(10 ** 4299)
t = str(y)
print(len(t), t[:5], t[-5:])
print(len(str(10 ** 4299)), len(str(2 ** 14000)))
print(repr(2 ** 200), repr(-(3 ** 150)))
print(str(0), str(-0), str(-1), str(2 ** 64))
print(hex(2 ** 200), oct(-(2 ** 100)), bin(2 ** 70 + 1))
