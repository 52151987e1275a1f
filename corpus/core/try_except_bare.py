# Checks that a bare except catches everything, including SystemExit and KeyboardInterrupt.
import sys
def attempt(n):
    try:
        if n == 0:
            sys.exit(5)
        if n == 1:
            raise KeyboardInterrupt
        if n == 2:
            raise SystemExit("quit")
        if n == 3:
            return int("nope")
        if n == 4:
            return "ok"
        raise BaseException("base")
    except:
        print("bare except caught case", n)
        return "caught"
for n in range(6):
    print(n, attempt(n))
count = 0
for i in range(5):
    try:
        if i % 2 == 1:
            raise RuntimeError(i)
        count += 10
    except:
        count += 1
print("count", count)
