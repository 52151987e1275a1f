# Checks for loops over ranges, strings and tuples with break/continue/else and nested loops with flags.
for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i)
else:
    print("not printed")
for i in range(3):
    print("loop", i)
else:
    print("else printed, i =", i)
for x in (5, "five", 5.0, None, True):
    print(repr(x))
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
found = False
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and c < 20:
            print("triple", a, b, c)
            if a + b + c == 24:
                found = True
                break
    if found:
        break
print("found", found, a, b)
