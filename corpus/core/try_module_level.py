# Checks try statements at module level: globals bound in try/except/else/finally are visible later.
import sys
try:
    a = int("10")
    b = int("zz")
    c = "not reached"
except ValueError as e:
    c = "fallback: " + str(e)
else:
    c = "else"
finally:
    d = "finally ran"
print(a, c, d)
try:
    print(b)
except NameError as e:
    print("b unbound:", e)
counts = {}
for word in "the cat and the dog and the bird".split():
    try:
        counts[word] += 1
    except KeyError:
        counts[word] = 1
print(counts)
def uses_global():
    return total * 2
try:
    uses_global()
except NameError as e:
    print("global missing:", e)
total = 21
print(uses_global())
try:
    sys.stdout.write("writing inside try\n")
finally:
    sys.stdout.write("and finally\n")
