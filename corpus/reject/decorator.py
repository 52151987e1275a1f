# molt: expect=reject MOLT0002
# Uses a decorator, which this slice does not support.
def identity(f):
    return f
@identity
def hello():
    return "hello"
print(hello())
