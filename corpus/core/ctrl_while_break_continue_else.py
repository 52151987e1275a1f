# Checks while loops with break, continue and else (else runs only without break), including nested ones.
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print("i", i)
else:
    print("else not reached")
print("after first loop", i)
j = 0
while j < 5:
    j += 1
else:
    print("while else ran, j =", j)
k = 10
while k < 5:
    print("never")
else:
    print("else on zero iterations")
a = 0
while a < 4:
    b = 0
    while True:
        b += 1
        if b > a:
            break
        if (a + b) % 2:
            continue
        print("pair", a, b)
    else:
        print("inner else never")
    a += 1
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps > 1000:
        break
else:
    print("collatz 27 reached 1 in", steps)
