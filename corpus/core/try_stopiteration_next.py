# Checks StopIteration from next() on an exhausted iterator is catchable, and loops over it manually.
it = iter([1, 2, 3])
total = 0
while True:
    try:
        v = next(it)
    except StopIteration as e:
        print("exhausted", repr(e), e.args)
        break
    total += v
    print("got", v)
print("total", total)
it2 = iter("ab")
print(next(it2), next(it2), next(it2, "default"))
try:
    next(it2)
except StopIteration:
    print("StopIteration again")
try:
    raise StopIteration("custom")
except Exception as e:
    print("is Exception:", isinstance(e, Exception), e)
