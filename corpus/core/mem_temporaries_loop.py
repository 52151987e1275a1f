# A million temporary strings and big ints in a loop must run in bounded memory.
n = 0
total = 0
big = 2 ** 100
while n < 1000000:
    s = "item" + str(n % 1000)
    b = big + n
    total = total + len(s) + (b - big) % 7
    n = n + 1
print(total)
