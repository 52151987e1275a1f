# Checks exceptions raised inside comprehensions propagate to the surrounding try, leaving no partial result.
values = ["1", "2", "x", "4"]
result = "unset"
try:
    result = [int(v) for v in values]
except ValueError as e:
    print("comprehension failed:", e)
print(result)
def safe_ints(vs):
    out = []
    for v in vs:
        try:
            out.append(int(v))
        except ValueError:
            out.append(None)
    return out
print(safe_ints(values))
try:
    inv = {k: 10 // k for k in range(-2, 3)}
except ZeroDivisionError as e:
    print("dict comprehension:", e)
try:
    s = {len(x) for x in ["a", "bb", 3]}
except TypeError as e:
    print("set comprehension:", e)
print([v for v in safe_ints(["7", "?", "9"]) if v is not None])
