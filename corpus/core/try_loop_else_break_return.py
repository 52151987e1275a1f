# Checks break/return from try inside loops with else clauses: the loop else is skipped, finally runs.
def find(xs, target):
    for x in xs:
        try:
            if x == target:
                break
        finally:
            print("checked", x)
    else:
        print("loop else: not found")
        return False
    return True
print(find([1, 2, 3], 2))
print(find([1, 2, 3], 9))
def w(n):
    i = 0
    while i < n:
        i += 1
        try:
            if i == 3:
                return "returned at 3"
        finally:
            print("w finally", i)
    else:
        return "while else"
print(w(5))
print(w(2))
