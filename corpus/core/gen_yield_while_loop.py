# A generator function with yield in a while loop, driven by a for loop.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
for v in count_up(3):
    print(v)
