# Checks ** on ints with large results, negative bases, and zero/one edge cases.
for b in (2, 3, -3, 7, 10, -10, 12345):
    for e in (0, 1, 2, 17, 63, 64, 65, 100):
        print(b, e, b ** e)
print(2 ** 1000)
print((-2) ** 999)
print(0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
x = 5
x **= 40
print(x)
x **= 2
print(x)
print(pow(3, 200), pow(-7, 33))
print(10 ** 100 // 10 ** 99, 10 ** 100 == 10 ** 100)
