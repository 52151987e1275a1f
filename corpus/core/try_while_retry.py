# A retry loop: failing attempts continue from the handler, success breaks from else, finally counts attempts.
inputs = ["x", "", "3.5", "-2", "17", "99"]
pos = 0
attempts = 0
value = None
while pos < len(inputs):
    s = inputs[pos]
    pos += 1
    try:
        n = int(s)
        if n < 0:
            raise ValueError("negative " + s)
    except ValueError as e:
        print("retry after:", e)
        continue
    else:
        value = n
        print("accepted", n)
        break
    finally:
        attempts += 1
        print("attempt", attempts, "done")
print("value", value, "attempts", attempts, "pos", pos)
def first_valid(items):
    for it in items:
        try:
            return 100 // it
        except ZeroDivisionError:
            print("skip zero")
        except TypeError as e:
            print("skip:", e)
    return None
print(first_valid([0, "a", 0, 7, 3]))
print(first_valid([0, None]))
