# Bases whose orders conflict have no C3 linearization: the class statement raises CPython's TypeError.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
print("before")
class C(A, B): pass
print("never")
