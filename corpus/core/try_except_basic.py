# Checks that try/except catches ZeroDivisionError, prints the message and continues after the statement.
def safe_div(a, b):
    try:
        q = a // b
        print("divided", a, b)
    except ZeroDivisionError as e:
        print("caught:", e)
        q = -1
    print("after try", q)
    return q
print(safe_div(10, 3))
print(safe_div(10, 0))
print(safe_div(-7, 2))
try:
    x = 1 / 0
except ZeroDivisionError:
    x = "module-level fallback"
print(x)
try:
    y = 5.0 % 0.0
except ZeroDivisionError as err:
    print("float:", err)
total = 0
for d in [3, 0, 2, 0, 1]:
    try:
        total += 60 // d
    except ZeroDivisionError:
        total += 1000
    print("d", d, "total", total)
print("done", total)
