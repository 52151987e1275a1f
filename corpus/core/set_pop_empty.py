# pop() from an empty set raises KeyError.
s = set([1])
print(s.pop())
s.pop()
