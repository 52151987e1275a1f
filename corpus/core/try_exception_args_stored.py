# Checks .args and str() of exceptions stored in variables, lists and dicts, and AttributeError on None.
last = None
for i in range(3):
    try:
        [][i]
    except IndexError as e:
        last = e
print(repr(last), last.args)
errs = []
for s in ["1", "x"]:
    try:
        int(s)
    except ValueError as e:
        errs.append(e)
print(errs[0].args, str(errs[0]))
d = {}
try:
    1 // 0
except ZeroDivisionError as e:
    d["z"] = e
print(d["z"].args)
x = None
try:
    print(x.args)
except AttributeError as e:
    print(e)
