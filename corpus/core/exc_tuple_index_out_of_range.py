# Checks that indexing a tuple past its end raises IndexError: tuple index out of range.
t = (10, 20, 30)
print(t[0], t[-1], t[-3], t[1:], t[::-1])
i = len(t)
print(t[i])
