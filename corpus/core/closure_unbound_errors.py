# Reading a captured variable before it is bound: NameError in the inner function, UnboundLocalError in the owner, with CPython's messages.
def early():
    def g():
        return x
    try:
        g()
    except NameError as e:
        print("inner:", e)
    try:
        print(x)
    except UnboundLocalError as e:
        print("owner:", e)
    x = 1
    return g()

print(early())

def later():
    def g():
        return y
    return g

try:
    later()()
except NameError as e:
    print("never bound:", e)
