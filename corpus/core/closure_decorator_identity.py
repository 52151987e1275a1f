# A module-level decorator that returns the function unchanged.
def identity(f):
    return f
@identity
def hello():
    return "hello"
print(hello())
