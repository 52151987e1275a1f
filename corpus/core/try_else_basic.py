# Checks that the else clause runs only when the try body raised nothing, before finally.
def step(x):
    try:
        print("  try", x)
        r = 100 // x
    except ZeroDivisionError:
        print("  except", x)
        r = None
    else:
        print("  else", x, r)
        r = r + 1
    finally:
        print("  finally", x)
    return r
for x in [5, 0, -3]:
    print("result", step(x))
log = []
for i in range(4):
    try:
        if i == 2:
            raise ValueError(i)
    except ValueError:
        log.append("exc" + str(i))
    else:
        log.append("else" + str(i))
print(log)
try:
    pass
except Exception:
    print("not reached")
else:
    print("module else ran")
