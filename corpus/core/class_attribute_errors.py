# AttributeError and TypeError messages for instances and classes match CPython.
class Empty:
    pass

class Init:
    def __init__(self, a):
        self.a = a

e = Empty()
try:
    e.missing
except AttributeError as err:
    print(err)
try:
    Empty.missing
except AttributeError as err:
    print(err)
try:
    Empty(1)
except TypeError as err:
    print(err)
try:
    Init()
except TypeError as err:
    print(err)
try:
    Init(1, 2)
except TypeError as err:
    print(err)
e.added = 5
print(e.added)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as err:
    print(err)
print(Init(1).missing)
