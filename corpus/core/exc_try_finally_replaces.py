# Checks that an exception raised in finally replaces the pending one when uncaught (last line is the new one).
def f():
    try:
        print("raising IndexError")
        raise IndexError("first")
    finally:
        print("finally raising TypeError")
        raise TypeError("second from finally")
f()
