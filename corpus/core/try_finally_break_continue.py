# Checks that finally runs when break or continue leaves a try, except or else body inside loops.
log = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        log.append("body" + str(i))
    finally:
        log.append("fin" + str(i))
print(log)
n = 0
hits = 0
while True:
    n += 1
    try:
        if n % 3 == 0:
            raise ValueError(n)
    except ValueError:
        hits += 1
        if hits == 3:
            break
        continue
    else:
        if n > 100:
            break
    finally:
        print("finally n =", n)
print("n", n, "hits", hits)
total = 0
for i in range(3):
    for j in range(5):
        try:
            try:
                if j == 3:
                    break
                if j == 1:
                    continue
                total += i * 10 + j
            finally:
                total += 1000
        finally:
            total += 1
    print("i", i, "total", total)
for k in range(3):
    try:
        pass
    except Exception:
        pass
    else:
        if k == 1:
            continue
        print("else k", k)
    finally:
        print("fin k", k)
