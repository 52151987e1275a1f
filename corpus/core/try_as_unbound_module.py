# Checks that the except-as name is unbound after the clause at module level (NameError on reading it).
e = "before"
print(e)
try:
    raise ValueError("bound inside")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
e = "rebound"
print(e)
for i in range(2):
    try:
        raise KeyError(i)
    except KeyError as last:
        print("handled", repr(last))
try:
    print(last)
except NameError as err:
    print("NameError again:", err)
try:
    pass
except ValueError as never:
    pass
try:
    print(never)
except NameError as err:
    print("never bound:", err)
