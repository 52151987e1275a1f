# Checks attributes of exceptions kept in variables, lists and dicts after their handlers ended.
last = None
for i in range(3):
    try:
        try:
            [][i]
        except IndexError:
            raise ValueError("wrapped " + str(i))
    except ValueError as e:
        last = e
print(repr(last), last.args, repr(last.__context__))
errs = []
for s in ["1", "x", "2", "y"]:
    try:
        int(s)
    except ValueError as e:
        errs.append(e)
print(len(errs), errs[0].args, errs[1].__context__)
by_kind = {}
try:
    1 // 0
except ZeroDivisionError as e:
    by_kind["zero"] = e
print(by_kind["zero"].args, by_kind["zero"].__cause__)
