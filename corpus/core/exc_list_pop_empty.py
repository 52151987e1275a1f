# pop from an empty list, after emptying it
xs = [1]
print(xs.pop())
xs.pop()
