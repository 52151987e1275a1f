# Checks that finally runs when return leaves try, except or else, and the returned value is kept.
calls = []
def from_try(x):
    try:
        calls.append("try")
        return x * 2
    finally:
        calls.append("finally")
def from_except(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        calls.append("except")
        return "div by zero"
    finally:
        calls.append("finally2")
def from_else(x):
    try:
        y = x + 1
    except TypeError:
        return "bad"
    else:
        calls.append("else")
        return y
    finally:
        calls.append("finally3")
def value_before_finally(xs):
    try:
        return len(xs)
    finally:
        xs.append(99)
print(from_try(21), calls)
print(from_except(0), from_except(5), calls)
print(from_else(1), calls)
print(from_else("s"), calls)
xs = [1, 2, 3]
print(value_before_finally(xs), xs)
def nested(n):
    try:
        try:
            try:
                return "inner " + str(n)
            finally:
                print("finally A", n)
        finally:
            print("finally B", n)
    finally:
        print("finally C", n)
print(nested(7))
def none_return():
    try:
        return
    finally:
        print("bare return finally")
print(none_return())
